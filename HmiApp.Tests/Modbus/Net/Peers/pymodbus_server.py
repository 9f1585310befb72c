"""pymodbus 3.0 TCP server used as an independent peer by the HMI's Modbus tests.

Usage: /usr/bin/python3 pymodbus_server.py PORT
Serves units 1 and 2 on 127.0.0.1:PORT, each table filled with the pattern of PeerPattern.cs.
Reads commands on stdin and answers on stdout, one line each:
  get UNIT TABLE ADDRESS COUNT   ->  "values v1 v2 ..."   (TABLE: co, di, hr, ir; protocol addresses)
  put UNIT ADDRESS TYPE ORDER VALUE  ->  "ok"   stores VALUE in holding registers, encoded by this script
  decode UNIT ADDRESS TYPE ORDER     ->  "value V"  reads holding registers back as TYPE
TYPE is a PointDataType name (String:N for N registers, Bit:I for bit I); ORDER a ByteOrder name.
The encodings are written here from the data type definitions, independently of the HMI's codec.
Prints "ready" once the listening socket is bound.
"""
import asyncio
import logging
import socket
import struct
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


STRUCT = {"Int16": "h", "UInt16": "H", "Int32": "i", "UInt32": "I", "Int64": "q", "UInt64": "Q",
          "Float16": "e", "Float32": "f", "Float64": "d"}


def order_words(words, order):
    """Big-endian words of a value -> words on the wire for ORDER (letters = the value's bytes, A most significant)."""
    if order in ("DCBA", "CDAB"):
        words = list(reversed(words))
    if order in ("DCBA", "BADC", "BA"):
        words = [((w & 0xFF) << 8) | (w >> 8) for w in words]
    return words


def knx_encode(value):
    mantissa, exponent = round(value * 100), 0
    while not -2048 <= mantissa <= 2047:
        exponent += 1
        mantissa = round(value * 100 / (1 << exponent))
    sign = 1 if mantissa < 0 else 0
    return (sign << 15) | (exponent << 11) | (mantissa & 0x7FF)


def knx_decode(raw):
    mantissa = raw & 0x7FF
    if raw & 0x8000:
        mantissa -= 2048
    return 0.01 * mantissa * (1 << ((raw >> 11) & 0xF))


def encode(kind, order, text):
    name, _, size = kind.partition(":")
    if name in STRUCT:
        number = float(text) if name.startswith("Float") else int(text)
        data = struct.pack(">" + STRUCT[name], number)
        return order_words([(data[i] << 8) | data[i + 1] for i in range(0, len(data), 2)], order)
    if name in ("Int8L", "UInt8L"):
        return [int(text) & 0xFF]
    if name in ("Int8H", "UInt8H"):
        return [(int(text) & 0xFF) << 8]
    if name == "KnxFloat16":
        return order_words([knx_encode(float(text))], order)
    if name == "String":
        data = text.encode("ascii").ljust(2 * int(size), b"\0")
        return order_words([(data[i] << 8) | data[i + 1] for i in range(0, len(data), 2)], order)
    if name == "Bit":
        return [int(text) << int(size)]
    raise ValueError("unknown type " + kind)


def decode(kind, order, words):
    name, _, size = kind.partition(":")
    if name in STRUCT:
        count = struct.calcsize(STRUCT[name]) // 2
        plain = order_words(words[:count], order)
        data = b"".join(struct.pack(">H", w) for w in plain)
        return repr(struct.unpack(">" + STRUCT[name], data)[0])
    if name in ("Int8L", "UInt8L", "Int8H", "UInt8H"):
        byte = words[0] & 0xFF if name.endswith("L") else words[0] >> 8
        return str(byte - 256 if name.startswith("Int") and byte > 127 else byte)
    if name == "KnxFloat16":
        return repr(knx_decode(order_words(words[:1], order)[0]))
    if name == "String":
        data = b"".join(struct.pack(">H", w) for w in order_words(words[:int(size)], order))
        return data.split(b"\0")[0].decode("ascii")
    if name == "Bit":
        return str((words[0] >> int(size)) & 1)
    raise ValueError("unknown type " + kind)


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
        elif len(parts) == 6 and parts[0] == "put":
            words = encode(parts[3], parts[4], parts[5])
            context[int(parts[1])].setValues(3, int(parts[2]), words)
            print("ok", flush=True)
        elif len(parts) == 5 and parts[0] == "decode":
            words = context[int(parts[1])].getValues(3, int(parts[2]), 8)
            print("value " + decode(parts[3], parts[4], words), flush=True)
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
