using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HmiApp.Infrastructure.Persistence.Migrations.Postgres;

/// <summary>Devices that publish to an MQTT broker (issue 15): existing devices are Modbus, existing points have no topic.</summary>
[DbContext(typeof(PostgresHmiDbContext))]
[Migration("20261206000200_MqttDevices")]
public sealed class MqttDevices : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "protocol", table: "devices", type: "character varying(10)", maxLength: 10, nullable: false, defaultValue: "Modbus");
        migrationBuilder.AddColumn<bool>(name: "tls", table: "devices", type: "boolean", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<string>(name: "username", table: "devices", type: "character varying(100)", maxLength: 100, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>(name: "password_variable", table: "devices", type: "character varying(100)", maxLength: 100, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>(name: "mqtt_topic", table: "points", type: "character varying(500)", maxLength: 500, nullable: true);
        migrationBuilder.AddColumn<string>(name: "mqtt_value_path", table: "points", type: "character varying(200)", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<string>(name: "mqtt_timestamp_path", table: "points", type: "character varying(200)", maxLength: 200, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "protocol", table: "devices");
        migrationBuilder.DropColumn(name: "tls", table: "devices");
        migrationBuilder.DropColumn(name: "username", table: "devices");
        migrationBuilder.DropColumn(name: "password_variable", table: "devices");
        migrationBuilder.DropColumn(name: "mqtt_topic", table: "points");
        migrationBuilder.DropColumn(name: "mqtt_value_path", table: "points");
        migrationBuilder.DropColumn(name: "mqtt_timestamp_path", table: "points");
    }
}
