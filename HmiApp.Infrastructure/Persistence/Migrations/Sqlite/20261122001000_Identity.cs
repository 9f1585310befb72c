using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HmiApp.Infrastructure.Persistence.Migrations.Sqlite;

[DbContext(typeof(SqliteHmiDbContext))]
[Migration("20261122001000_Identity")]
public sealed class Identity : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "roles",
            columns: table => new
            {
                id = table.Column<string>(type: "TEXT", nullable: false),
                name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                normalized_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_roles", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "users",
            columns: table => new
            {
                id = table.Column<string>(type: "TEXT", nullable: false),
                user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                normalized_user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                normalized_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                email_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                password_hash = table.Column<string>(type: "TEXT", nullable: true),
                security_stamp = table.Column<string>(type: "TEXT", nullable: true),
                concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true),
                phone_number = table.Column<string>(type: "TEXT", nullable: true),
                phone_number_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                two_factor_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                lockout_end = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                lockout_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                access_failed_count = table.Column<int>(type: "INTEGER", nullable: false),
                pin_hash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_users", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "role_claims",
            columns: table => new
            {
                id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                role_id = table.Column<string>(type: "TEXT", nullable: false),
                claim_type = table.Column<string>(type: "TEXT", nullable: true),
                claim_value = table.Column<string>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_role_claims", x => x.id);
                table.ForeignKey(name: "FK_role_claims_roles_role_id", column: x => x.role_id, principalTable: "roles", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "user_claims",
            columns: table => new
            {
                id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                user_id = table.Column<string>(type: "TEXT", nullable: false),
                claim_type = table.Column<string>(type: "TEXT", nullable: true),
                claim_value = table.Column<string>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_user_claims", x => x.id);
                table.ForeignKey(name: "FK_user_claims_users_user_id", column: x => x.user_id, principalTable: "users", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "user_logins",
            columns: table => new
            {
                login_provider = table.Column<string>(type: "TEXT", nullable: false),
                provider_key = table.Column<string>(type: "TEXT", nullable: false),
                provider_display_name = table.Column<string>(type: "TEXT", nullable: true),
                user_id = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_user_logins", x => new { x.login_provider, x.provider_key });
                table.ForeignKey(name: "FK_user_logins_users_user_id", column: x => x.user_id, principalTable: "users", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "user_roles",
            columns: table => new
            {
                user_id = table.Column<string>(type: "TEXT", nullable: false),
                role_id = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_user_roles", x => new { x.user_id, x.role_id });
                table.ForeignKey(name: "FK_user_roles_roles_role_id", column: x => x.role_id, principalTable: "roles", principalColumn: "id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey(name: "FK_user_roles_users_user_id", column: x => x.user_id, principalTable: "users", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "user_tokens",
            columns: table => new
            {
                user_id = table.Column<string>(type: "TEXT", nullable: false),
                login_provider = table.Column<string>(type: "TEXT", nullable: false),
                name = table.Column<string>(type: "TEXT", nullable: false),
                value = table.Column<string>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                table.ForeignKey(name: "FK_user_tokens_users_user_id", column: x => x.user_id, principalTable: "users", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "api_keys",
            columns: table => new
            {
                id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                secret_hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                expires_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                revoked_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                last_used_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_api_keys", x => x.id);
            });

        migrationBuilder.CreateIndex(name: "RoleNameIndex", table: "roles", column: "normalized_name", unique: true);
        migrationBuilder.CreateIndex(name: "EmailIndex", table: "users", column: "normalized_email");
        migrationBuilder.CreateIndex(name: "UserNameIndex", table: "users", column: "normalized_user_name", unique: true);
        migrationBuilder.CreateIndex(name: "IX_role_claims_role_id", table: "role_claims", column: "role_id");
        migrationBuilder.CreateIndex(name: "IX_user_claims_user_id", table: "user_claims", column: "user_id");
        migrationBuilder.CreateIndex(name: "IX_user_logins_user_id", table: "user_logins", column: "user_id");
        migrationBuilder.CreateIndex(name: "IX_user_roles_role_id", table: "user_roles", column: "role_id");
        migrationBuilder.CreateIndex(name: "IX_api_keys_prefix", table: "api_keys", column: "prefix", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "api_keys");
        migrationBuilder.DropTable(name: "user_tokens");
        migrationBuilder.DropTable(name: "user_roles");
        migrationBuilder.DropTable(name: "user_logins");
        migrationBuilder.DropTable(name: "user_claims");
        migrationBuilder.DropTable(name: "role_claims");
        migrationBuilder.DropTable(name: "users");
        migrationBuilder.DropTable(name: "roles");
    }
}
