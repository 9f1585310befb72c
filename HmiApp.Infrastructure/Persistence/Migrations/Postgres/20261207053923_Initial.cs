using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HmiApp.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "historian");

            migrationBuilder.CreateTable(
                name: "alarm_definition_versions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    definition_json = table.Column<string>(type: "text", nullable: true),
                    saved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    saved_at_ms = table.Column<long>(type: "bigint", nullable: false),
                    change_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    is_current = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alarm_definition_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "alarm_journal",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    time_ms = table.Column<long>(type: "bigint", nullable: false),
                    alarm_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    alarm_class = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    @event = table.Column<string>(name: "event", type: "character varying(32)", maxLength: 32, nullable: false),
                    from_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    to_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    condition_active = table.Column<bool>(type: "boolean", nullable: false),
                    message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    value = table.Column<double>(type: "double precision", nullable: true),
                    user_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    shelved_until_ms = table.Column<long>(type: "bigint", nullable: true),
                    area = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    device = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    well = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    zone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alarm_journal", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    secret_hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at_unix_ms = table.Column<long>(type: "bigint", nullable: false),
                    actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    remote_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    target = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    old_value = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    new_value = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    xml = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "devices",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    host = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    port = table.Column<int>(type: "integer", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    scan_class = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    connect_timeout_ms = table.Column<long>(type: "bigint", nullable: false),
                    request_timeout_ms = table.Column<long>(type: "bigint", nullable: false),
                    pause_between_requests_ms = table.Column<long>(type: "bigint", nullable: false),
                    pause_after_connect_ms = table.Column<long>(type: "bigint", nullable: false),
                    max_read_registers = table.Column<int>(type: "integer", nullable: false),
                    max_read_bits = table.Column<int>(type: "integer", nullable: false),
                    transaction_id_zero = table.Column<bool>(type: "boolean", nullable: false),
                    protocol = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, defaultValue: "Modbus"),
                    tls = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    username = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, defaultValue: ""),
                    password_variable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, defaultValue: "")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_devices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "diagnosis_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    well_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    evaluated_at_ms = table.Column<long>(type: "bigint", nullable: false),
                    window_start_ms = table.Column<long>(type: "bigint", nullable: false),
                    window_end_ms = table.Column<long>(type: "bigint", nullable: false),
                    tree_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    tree_version = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    severity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    confidence = table.Column<double>(type: "double precision", nullable: false),
                    actions_json = table.Column<string>(type: "text", nullable: false),
                    alternatives_json = table.Column<string>(type: "text", nullable: false, defaultValue: "[]"),
                    resolution_seconds = table.Column<double>(type: "double precision", nullable: false),
                    explanation_json = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    is_change = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_diagnosis_history", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "diagnostic_trees",
                columns: table => new
                {
                    tree_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    stored_at_ms = table.Column<long>(type: "bigint", nullable: false),
                    json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_diagnostic_trees", x => new { x.tree_id, x.version });
                });

            migrationBuilder.CreateTable(
                name: "heating_registers",
                columns: table => new
                {
                    address = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<int>(type: "integer", nullable: false),
                    bus_written_unix_ms = table.Column<long>(type: "bigint", nullable: true),
                    hmi_written_unix_ms = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_heating_registers", x => x.address);
                });

            // EF cannot describe the historian's physical design (see HistorianTables); its tables are created by SQL.
            migrationBuilder.Sql(HistorianTables.Postgres);

            migrationBuilder.CreateTable(
                name: "job_run_totals",
                columns: table => new
                {
                    job_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    succeeded = table.Column<long>(type: "bigint", nullable: false),
                    failed = table.Column<long>(type: "bigint", nullable: false),
                    last_run_at_unix_ms = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_run_totals", x => x.job_key);
                });

            migrationBuilder.CreateTable(
                name: "job_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    job_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    device = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    scan_class = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    scheduled_at_unix_ms = table.Column<long>(type: "bigint", nullable: false),
                    started_at_unix_ms = table.Column<long>(type: "bigint", nullable: false),
                    duration_ms = table.Column<double>(type: "double precision", nullable: false),
                    succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "point_map_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    applied_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    details = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_point_map_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "points",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    device = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    modbus_table = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    address = table.Column<int>(type: "integer", nullable: false),
                    data_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    byte_order = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    length = table.Column<int>(type: "integer", nullable: false),
                    bit = table.Column<int>(type: "integer", nullable: false),
                    scale = table.Column<double>(type: "double precision", nullable: false),
                    value_offset = table.Column<double>(type: "double precision", nullable: false),
                    units = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    range_low = table.Column<double>(type: "double precision", nullable: true),
                    range_high = table.Column<double>(type: "double precision", nullable: true),
                    deadband = table.Column<double>(type: "double precision", nullable: false),
                    writable = table.Column<bool>(type: "boolean", nullable: false),
                    write_min = table.Column<double>(type: "double precision", nullable: true),
                    write_max = table.Column<double>(type: "double precision", nullable: true),
                    scan_class = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    tags = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    mqtt_topic = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    mqtt_value_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    mqtt_timestamp_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_points", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "scan_classes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    period_ms = table.Column<long>(type: "bigint", nullable: false),
                    jitter_ms = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scan_classes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    pin_hash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "well_frequency_limits",
                columns: table => new
                {
                    well_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    min_hz = table.Column<double>(type: "double precision", nullable: false),
                    max_hz = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_well_frequency_limits", x => x.well_id);
                });

            migrationBuilder.CreateTable(
                name: "well_point_bindings",
                columns: table => new
                {
                    well_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    field = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    device = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    point = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_well_point_bindings", x => new { x.well_id, x.field });
                });

            migrationBuilder.CreateTable(
                name: "well_telemetry",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    well_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    timestamp_ms = table.Column<long>(type: "bigint", nullable: false),
                    flow_rate_bbl_per_day = table.Column<double>(type: "double precision", nullable: false),
                    pump_intake_pressure_psi = table.Column<double>(type: "double precision", nullable: false),
                    motor_current_amps = table.Column<double>(type: "double precision", nullable: false),
                    motor_temperature_c = table.Column<double>(type: "double precision", nullable: false),
                    vibration_g = table.Column<double>(type: "double precision", nullable: false),
                    vsd_frequency_hz = table.Column<double>(type: "double precision", nullable: false),
                    flow_variance_percent = table.Column<double>(type: "double precision", nullable: false),
                    torque_newton_metres = table.Column<double>(type: "double precision", nullable: false),
                    gas_oil_ratio_scf_per_bbl = table.Column<double>(type: "double precision", nullable: false),
                    current_unbalance_percent = table.Column<double>(type: "double precision", nullable: false),
                    insulation_resistance_megohms = table.Column<double>(type: "double precision", nullable: false),
                    is_running = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_well_telemetry", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wells",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    field = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    pump_model = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    rated_flow_bbl_per_day = table.Column<double>(type: "double precision", nullable: false),
                    rated_motor_current_amps = table.Column<double>(type: "double precision", nullable: false),
                    rated_frequency_hz = table.Column<double>(type: "double precision", nullable: false),
                    rated_motor_temperature_c = table.Column<double>(type: "double precision", nullable: false),
                    max_motor_temperature_c = table.Column<double>(type: "double precision", nullable: false),
                    casing_inner_diameter_in = table.Column<double>(type: "double precision", nullable: false),
                    motor_outer_diameter_in = table.Column<double>(type: "double precision", nullable: false),
                    parameter_overrides_json = table.Column<string>(type: "text", nullable: false),
                    baseline_json = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wells", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "FK_role_claims_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "FK_user_claims_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "FK_user_logins_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_roles",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    role_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "FK_user_roles_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_user_roles_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "FK_user_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_alarm_definition_versions_name_version",
                table: "alarm_definition_versions",
                columns: new[] { "name", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_alarm_journal_alarm_key_id",
                table: "alarm_journal",
                columns: new[] { "alarm_key", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_alarm_journal_time_ms",
                table: "alarm_journal",
                column: "time_ms");

            migrationBuilder.CreateIndex(
                name: "IX_api_keys_prefix",
                table: "api_keys",
                column: "prefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_at_unix_ms",
                table: "audit_entries",
                column: "at_unix_ms");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_category_at_unix_ms",
                table: "audit_entries",
                columns: new[] { "category", "at_unix_ms" });

            migrationBuilder.CreateIndex(
                name: "IX_data_protection_keys_friendly_name",
                table: "data_protection_keys",
                column: "friendly_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_devices_name",
                table: "devices",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_diagnosis_history_well_time",
                table: "diagnosis_history",
                columns: new[] { "well_id", "evaluated_at_ms" });

            migrationBuilder.CreateIndex(
                name: "IX_job_runs_job_key_id",
                table: "job_runs",
                columns: new[] { "job_key", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_job_runs_started_at_unix_ms",
                table: "job_runs",
                column: "started_at_unix_ms");

            migrationBuilder.CreateIndex(
                name: "IX_point_map_changes_applied_at",
                table: "point_map_changes",
                column: "applied_at");

            migrationBuilder.CreateIndex(
                name: "IX_points_device_name",
                table: "points",
                columns: new[] { "device", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_role_claims_role_id",
                table: "role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scan_classes_name",
                table: "scan_classes",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_user_claims_user_id",
                table: "user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_user_logins_user_id",
                table: "user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_user_roles_role_id",
                table: "user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "users",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_well_telemetry_well_time",
                table: "well_telemetry",
                columns: new[] { "well_id", "timestamp_ms" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "alarm_definition_versions");

            migrationBuilder.DropTable(
                name: "alarm_journal");

            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "devices");

            migrationBuilder.DropTable(
                name: "diagnosis_history");

            migrationBuilder.DropTable(
                name: "diagnostic_trees");

            migrationBuilder.DropTable(
                name: "heating_registers");

            migrationBuilder.DropTable(
                name: "history_rollups",
                schema: "historian");

            migrationBuilder.DropTable(
                name: "history_samples",
                schema: "historian");

            migrationBuilder.DropTable(
                name: "job_run_totals");

            migrationBuilder.DropTable(
                name: "job_runs");

            migrationBuilder.DropTable(
                name: "point_map_changes");

            migrationBuilder.DropTable(
                name: "points");

            migrationBuilder.DropTable(
                name: "role_claims");

            migrationBuilder.DropTable(
                name: "scan_classes");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_roles");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "well_frequency_limits");

            migrationBuilder.DropTable(
                name: "well_point_bindings");

            migrationBuilder.DropTable(
                name: "well_telemetry");

            migrationBuilder.DropTable(
                name: "wells");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "users");
        }
    }
}
