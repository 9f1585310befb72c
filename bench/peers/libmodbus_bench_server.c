/* libmodbus 3.1.6 server for bench/modbus-throughput.sh: serves one client at a time on 127.0.0.1.
 * Usage: libmodbus_bench_server  -> prints "ready PORT", serves until killed. */
#include <modbus.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    modbus_t *ctx = modbus_new_tcp("127.0.0.1", 0);
    modbus_mapping_t *map = modbus_mapping_new(0, 0, 1000, 0);
    uint8_t query[MODBUS_TCP_MAX_ADU_LENGTH];
    for (int a = 0; a < 1000; a++) map->tab_registers[a] = (uint16_t)(a * 3);
    int server = modbus_tcp_listen(ctx, 4);
    if (server < 0) { fprintf(stderr, "listen: %s\n", modbus_strerror(errno)); return 1; }
    struct sockaddr_in bound;
    socklen_t length = sizeof bound;
    getsockname(server, (struct sockaddr *)&bound, &length);
    printf("ready %d\n", ntohs(bound.sin_port));
    fflush(stdout);
    for (;;) {
        if (modbus_tcp_accept(ctx, &server) < 0) continue;
        for (;;) {
            int rc = modbus_receive(ctx, query);
            if (rc > 0) modbus_reply(ctx, query, rc, map);
            else if (rc == -1) break;
        }
        modbus_close(ctx);
    }
}
