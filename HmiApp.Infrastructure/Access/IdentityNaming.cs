using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Access;

/// <summary>Gives ASP.NET Core Identity's tables and columns the store's snake_case names.</summary>
internal static class IdentityNaming
{
    public static void ToSnakeCaseTable<T>(this EntityTypeBuilder<T> builder, string table)
        where T : class
    {
        builder.ToTable(table);
        foreach (var property in builder.Metadata.GetDeclaredProperties())
        {
            property.SetColumnName(SnakeCase(property.Name));
        }
    }

    internal static string SnakeCase(string name)
    {
        var result = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                result.Append('_');
            }

            result.Append(char.ToLowerInvariant(name[i]));
        }

        return result.ToString();
    }
}
