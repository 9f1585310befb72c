using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HmiApp.Tests.Persistence;

/// <summary>
/// The schema of a database as sorted lines of text (tables, columns, keys, indexes), so that two
/// databases can be compared and a difference read in the test output.
/// </summary>
public static class SchemaSnapshot
{
    private const string HistoryTable = "__EFMigrationsHistory";

    // EF's own bookkeeping, created by Migrate and not part of the model.
    private const string LockTable = "__EFMigrationsLock";

    public static async Task<IReadOnlyList<string>> ReadSqliteAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", r => r.GetString(0));
        foreach (var table in tables.Where(t => t is not HistoryTable and not LockTable))
        {
            lines.Add($"table {table}");
            lines.AddRange(await QueryAsync(connection, $"PRAGMA table_info('{table}')",
                r => $"column {table}.{r.GetString(1)} type={r.GetString(2)} notnull={r.GetInt64(3)} default={(r.IsDBNull(4) ? "" : r.GetString(4))} pk={r.GetInt64(5)}"));
            lines.AddRange(await QueryAsync(connection, $"PRAGMA foreign_key_list('{table}')",
                r => $"fk {table}.{r.GetString(3)} -> {r.GetString(2)}.{r.GetString(4)} delete={r.GetString(6)}"));
            var indexes = await QueryAsync(connection, $"PRAGMA index_list('{table}')", r => (Name: r.GetString(1), Unique: r.GetInt64(2), Origin: r.GetString(3)));
            foreach (var index in indexes.Where(i => i.Origin == "c"))
            {
                var columns = await QueryAsync(connection, $"PRAGMA index_info('{index.Name}')", r => r.GetString(2));
                lines.Add($"index {table}.{index.Name} unique={index.Unique} ({string.Join(",", columns)})");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public static async Task<IReadOnlyList<string>> ReadPostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        lines.AddRange(await QueryAsync(connection,
            $"""
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length, -1), is_nullable, coalesce(column_default, ''), is_identity
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '{HistoryTable}'
            """,
            r => $"column {r.GetString(0)}.{r.GetString(1)} type={r.GetString(2)}({r.GetInt32(3)}) nullable={r.GetString(4)} default={r.GetString(5)} identity={r.GetString(6)}"));
        lines.AddRange(await QueryAsync(connection,
            $"SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '{HistoryTable}'",
            r => $"index {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}"));
        lines.AddRange(await QueryAsync(connection,
            $"""
            SELECT tc.table_name, tc.constraint_name, tc.constraint_type, pg_get_constraintdef(c.oid)
            FROM information_schema.table_constraints tc
            JOIN pg_constraint c ON c.conname = tc.constraint_name
            WHERE tc.table_schema = 'public' AND tc.table_name <> '{HistoryTable}' AND tc.constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY', 'UNIQUE', 'CHECK')
            """,
            r => $"constraint {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)} {r.GetString(3)}"));
        lines.AddRange(await QueryAsync(connection,
            $"""
            SELECT c.relname, c.relkind, coalesce(pg_get_partkeydef(c.oid), '')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '{HistoryTable}'
            """,
            r => $"table {r.GetString(0)} kind={r.GetChar(1)} partition={r.GetString(2)}"));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> map)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
