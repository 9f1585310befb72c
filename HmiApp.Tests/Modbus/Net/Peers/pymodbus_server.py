"""pymodbus 3.0 TCP server used as an independent peer by the HMI's Modbus tests.

Usage: /usr/bin/python3 pymodbus_server.py PORT
Serves units 1 and 2 on 127.0.0.1:PORT, each table filled with the pattern of PeerPattern.cs.
Reads commands on stdin and answers on stdout, one line each:
  get UNIT TABLE ADDRESS COUNT   ->  "values v1 v2 ..."   (TABLE: co, di, hr, ir; protocol addresses)
Prints "ready" once the listening socket is bound.
"""
import asyncio
import logging
import socket
import sys

from pymodbus.datastore import ModbusSequentialDataBlock, ModbusServerContext, ModbusSlaveContext
from pymodbus.server import StartAsyncTcpServer

SIZE = 300
FUNCTION = {"co": 1, "di": 2, "hr": 3, "ir": 4}


def pattern(unit, table, address):
    # Keep in step with PeerPattern.cs.
    if table == "hr":
        return (address * 257 + 0x8001 + unit * 1000) & 0xFFFF
    if table == "ir":
        return (address * 13 + 0x4000 + unit * 1000) & 0xFFFF
    if table == "co":
        return int((address + unit) % 3 == 0)
    return int((address + unit) % 5 in (1, 2))


def block(unit, table):
    # zero_mode is False: protocol address a lives at block address a + 1.
    return ModbusSequentialDataBlock(0, [0] + [pattern(unit, table, a) for a in range(SIZE)])


def unit_context(unit):
    return ModbusSlaveContext(di=block(unit, "di"), co=block(unit, "co"), hr=block(unit, "hr"), ir=block(unit, "ir"))


async def serve_commands(context):
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            loop.stop()
            return
        parts = line.split()
        if len(parts) == 5 and parts[0] == "get":
            unit, table, address, count = int(parts[1]), parts[2], int(parts[3]), int(parts[4])
            values = context[unit].getValues(FUNCTION[table], address, count)
            print("values " + " ".join(str(int(v)) for v in values), flush=True)
        else:
            print("error unknown command " + line.strip(), flush=True)


async def wait_until_listening(port):
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                print("ready", flush=True)
                return
        except OSError:
            await asyncio.sleep(0.02)


async def main():
    logging.basicConfig(level=logging.CRITICAL)
    port = int(sys.argv[1])
    context = ModbusServerContext(slaves={1: unit_context(1), 2: unit_context(2)}, single=False)
    asyncio.create_task(StartAsyncTcpServer(context=context, address=("127.0.0.1", port)))
    await wait_until_listening(port)
    await serve_commands(context)


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except RuntimeError:
        pass
