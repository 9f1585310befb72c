/* libmodbus 3.1.6 client for bench/modbus-throughput.sh: sequential FC3 reads of 125 registers.
 * Usage: libmodbus_bench_client PORT SECONDS  -> prints "requests_per_second N" */
#include <modbus.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    modbus_t *ctx = modbus_new_tcp("127.0.0.1", atoi(argv[1]));
    double seconds = atof(argv[2]);
    uint16_t registers[125];
    modbus_set_slave(ctx, 1);
    if (modbus_connect(ctx) == -1) { fprintf(stderr, "connect: %s\n", modbus_strerror(errno)); return 1; }
    long requests = 0;
    double start = now(), end = start + seconds, t = start;
    while (t < end) {
        for (int i = 0; i < 256; i++) {
            if (modbus_read_registers(ctx, 0, 125, registers) != 125) { fprintf(stderr, "read: %s\n", modbus_strerror(errno)); return 1; }
        }
        requests += 256;
        t = now();
    }
    printf("requests_per_second %.0f\n", requests / (t - start));
    modbus_close(ctx);
    modbus_free(ctx);
    return 0;
}
