/* libmodbus 3.1.6 TCP server used as an independent peer by the HMI's Modbus tests.
 * Usage: libmodbus_server        (binds 127.0.0.1 on a free port, prints "ready PORT")
 * Every table holds the pattern of PeerPattern.cs for unit 1 (libmodbus TCP answers any unit id).
 * stdin: "get TABLE ADDRESS COUNT" -> "values v1 v2 ...", TABLE one of co, di, hr, ir. */
#include <modbus.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>

#define SIZE 300
#define UNIT 1

static void answer_command(modbus_mapping_t *map)
{
    char line[256], table[8];
    int address, count;
    if (!fgets(line, sizeof line, stdin)) exit(0);
    if (sscanf(line, "get %7s %d %d", table, &address, &count) != 3 || address < 0 || count < 0 || address + count > SIZE) {
        printf("error unknown command\n");
        fflush(stdout);
        return;
    }
    printf("values");
    for (int i = address; i < address + count; i++) {
        int v = !strcmp(table, "hr") ? map->tab_registers[i]
              : !strcmp(table, "ir") ? map->tab_input_registers[i]
              : !strcmp(table, "co") ? map->tab_bits[i]
              : map->tab_input_bits[i];
        printf(" %d", v);
    }
    printf("\n");
    fflush(stdout);
}

int main(void)
{
    modbus_t *ctx = modbus_new_tcp("127.0.0.1", 0);
    modbus_mapping_t *map = modbus_mapping_new(SIZE, SIZE, SIZE, SIZE);
    uint8_t query[MODBUS_TCP_MAX_ADU_LENGTH];
    for (int a = 0; a < SIZE; a++) {
        map->tab_registers[a] = (uint16_t)(a * 257 + 0x8001 + UNIT * 1000);
        map->tab_input_registers[a] = (uint16_t)(a * 13 + 0x4000 + UNIT * 1000);
        map->tab_bits[a] = (a + UNIT) % 3 == 0;
        map->tab_input_bits[a] = (a + UNIT) % 5 == 1 || (a + UNIT) % 5 == 2;
    }
    int server = modbus_tcp_listen(ctx, 8);
    if (server < 0) { fprintf(stderr, "listen: %s\n", modbus_strerror(errno)); return 1; }
    struct sockaddr_in bound;
    socklen_t bound_length = sizeof bound;
    getsockname(server, (struct sockaddr *)&bound, &bound_length);
    printf("ready %d\n", ntohs(bound.sin_port));
    fflush(stdout);

    fd_set all;
    FD_ZERO(&all);
    FD_SET(server, &all);
    FD_SET(0, &all);
    int max_fd = server;
    for (;;) {
        fd_set ready = all;
        if (select(max_fd + 1, &ready, NULL, NULL, NULL) < 0) { if (errno == EINTR) continue; return 1; }
        for (int fd = 0; fd <= max_fd; fd++) {
            if (!FD_ISSET(fd, &ready)) continue;
            if (fd == 0) {
                answer_command(map);
            } else if (fd == server) {
                int client = accept(server, NULL, NULL);
                if (client >= 0) { FD_SET(client, &all); if (client > max_fd) max_fd = client; }
            } else {
                modbus_set_socket(ctx, fd);
                int rc = modbus_receive(ctx, query);
                if (rc > 0) modbus_reply(ctx, query, rc, map);
                else if (rc == -1) { close(fd); FD_CLR(fd, &all); }
            }
        }
    }
}
