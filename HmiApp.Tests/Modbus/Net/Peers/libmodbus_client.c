/* libmodbus 3.1.6 TCP client used as an independent peer against the HMI's Modbus server.
 * Usage: libmodbus_client PORT COMMAND...   (same command language and output as pymodbus_client.py) */
#include <modbus.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int parse_list(const char *text, uint16_t *values, int max)
{
    int n = 0;
    char copy[1024];
    strncpy(copy, text, sizeof copy - 1);
    copy[sizeof copy - 1] = 0;
    for (char *item = strtok(copy, ","); item && n < max; item = strtok(NULL, ",")) values[n++] = (uint16_t)atoi(item);
    return n;
}

static void report_error(void)
{
    if (errno > MODBUS_ENOBASE && errno < MODBUS_ENOBASE + 16) printf("exception %d\n", errno - MODBUS_ENOBASE);
    else printf("noresponse %s\n", modbus_strerror(errno));
}

int main(int argc, char **argv)
{
    modbus_t *ctx = modbus_new_tcp("127.0.0.1", atoi(argv[1]));
    modbus_set_response_timeout(ctx, 2, 0);
    if (modbus_connect(ctx) == -1) { printf("error cannot connect: %s\n", modbus_strerror(errno)); return 1; }
    for (int i = 2; i < argc; i++) {
        char op[8], list[1024];
        int unit, address, count, write_address, rc;
        uint16_t registers[260], values[260];
        uint8_t bits[2000];
        if (sscanf(argv[i], "%7s %d %d", op, &unit, &address) != 3) { printf("error bad command\n"); continue; }
        modbus_set_slave(ctx, unit);
        if (!strcmp(op, "rco") || !strcmp(op, "rdi")) {
            sscanf(argv[i], "%*s %*d %*d %d", &count);
            rc = !strcmp(op, "rco") ? modbus_read_bits(ctx, address, count, bits) : modbus_read_input_bits(ctx, address, count, bits);
            if (rc == -1) { report_error(); continue; }
            printf("ok");
            for (int k = 0; k < count; k++) printf(" %d", bits[k]);
            printf("\n");
        } else if (!strcmp(op, "rhr") || !strcmp(op, "rir")) {
            sscanf(argv[i], "%*s %*d %*d %d", &count);
            rc = !strcmp(op, "rhr") ? modbus_read_registers(ctx, address, count, registers) : modbus_read_input_registers(ctx, address, count, registers);
            if (rc == -1) { report_error(); continue; }
            printf("ok");
            for (int k = 0; k < count; k++) printf(" %d", registers[k]);
            printf("\n");
        } else if (!strcmp(op, "wco") || !strcmp(op, "whr")) {
            int value;
            sscanf(argv[i], "%*s %*d %*d %d", &value);
            rc = !strcmp(op, "wco") ? modbus_write_bit(ctx, address, value) : modbus_write_register(ctx, address, value);
            if (rc == -1) report_error(); else printf("ok\n");
        } else if (!strcmp(op, "wcos") || !strcmp(op, "whrs")) {
            sscanf(argv[i], "%*s %*d %*d %1023s", list);
            int n = parse_list(list, values, 260);
            if (!strcmp(op, "wcos")) {
                for (int k = 0; k < n; k++) bits[k] = (uint8_t)values[k];
                rc = modbus_write_bits(ctx, address, n, bits);
            } else {
                rc = modbus_write_registers(ctx, address, n, values);
            }
            if (rc == -1) report_error(); else printf("ok\n");
        } else if (!strcmp(op, "rw")) {
            sscanf(argv[i], "%*s %*d %*d %d %d %1023s", &count, &write_address, list);
            int n = parse_list(list, values, 260);
            rc = modbus_write_and_read_registers(ctx, write_address, n, values, address, count, registers);
            if (rc == -1) { report_error(); continue; }
            printf("ok");
            for (int k = 0; k < count; k++) printf(" %d", registers[k]);
            printf("\n");
        } else {
            printf("error unknown command\n");
        }
        fflush(stdout);
    }
    modbus_close(ctx);
    modbus_free(ctx);
    return 0;
}
