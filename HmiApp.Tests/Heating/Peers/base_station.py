"""Plays the Rehau Nea Smart 2.0 base station against the HMI's gateway, with pymodbus 3.0's client.

Usage: /usr/bin/python3 base_station.py PORT
Connects to 127.0.0.1:PORT, prints "ready", then answers one line per command on stdin:
  writetemp UNIT ADDRESS CELSIUS     write one register in KNX DPT 9.001 -> "values RAW"
  write UNIT ADDRESS V1 [V2 ...]     write registers (function 16)      -> "values COUNT"
  broadcast ADDRESS VALUE            write one register to unit 0        -> "values 0"
  read UNIT ADDRESS COUNT            read holding registers (function 3) -> "values V1 V2 ..."
  readtemp UNIT ADDRESS              read one DPT 9.001 register -> "values RAW CENTI" (CENTI -999999 = no value)
Its DPT 9.001 codec is written here from the KNX specification, independent of the HMI's.
"""
import logging
import sys

from pymodbus.client import ModbusTcpClient

NO_VALUE = 0x7FFF
STANDBY = 0x8116


def dpt9_encode(celsius):
    # value = 0.01 * M * 2^E, M 12-bit two's complement (sign bit 15 + bits 10..0), E bits 14..11.
    hundredths = round(celsius * 100)
    exponent = 0
    while not -2048 <= hundredths <= 2047:
        hundredths = round(hundredths / 2)
        exponent += 1
    sign = 0x8000 if hundredths < 0 else 0
    return sign | (exponent << 11) | (hundredths & 0x07FF)


def dpt9_decode(raw):
    if raw in (NO_VALUE, STANDBY):
        return None
    mantissa = raw & 0x07FF
    if raw & 0x8000:
        mantissa -= 2048
    exponent = (raw >> 11) & 0x0F
    return mantissa * (1 << exponent) / 100.0


def check(response, what):
    if response.isError():
        raise RuntimeError(f"{what} failed: {response}")
    return response


def main():
    logging.basicConfig(level=logging.CRITICAL)
    port = int(sys.argv[1])
    client = ModbusTcpClient("127.0.0.1", port=port, timeout=3)
    broadcaster = ModbusTcpClient("127.0.0.1", port=port, timeout=3, broadcast_enable=True)
    if not client.connect() or not broadcaster.connect():
        print("error cannot connect", flush=True)
        return
    print("ready", flush=True)
    for line in sys.stdin:
        parts = line.split()
        try:
            if parts[0] == "writetemp":
                unit, address, raw = int(parts[1]), int(parts[2]), dpt9_encode(float(parts[3]))
                check(client.write_registers(address, [raw], slave=unit), "write_registers")
                print(f"values {raw}", flush=True)
            elif parts[0] == "write":
                unit, address, values = int(parts[1]), int(parts[2]), [int(v) for v in parts[3:]]
                check(client.write_registers(address, values, slave=unit), "write_registers")
                print(f"values {len(values)}", flush=True)
            elif parts[0] == "broadcast":
                broadcaster.write_register(int(parts[1]), int(parts[2]), slave=0)
                print("values 0", flush=True)
            elif parts[0] == "read":
                unit, address, count = int(parts[1]), int(parts[2]), int(parts[3])
                registers = check(client.read_holding_registers(address, count, slave=unit), "read_holding_registers").registers
                print("values " + " ".join(str(r) for r in registers), flush=True)
            elif parts[0] == "readtemp":
                unit, address = int(parts[1]), int(parts[2])
                raw = check(client.read_holding_registers(address, 1, slave=unit), "read_holding_registers").registers[0]
                celsius = dpt9_decode(raw)
                print(f"values {raw} {-999999 if celsius is None else round(celsius * 100)}", flush=True)
            else:
                print("error unknown command " + line.strip(), flush=True)
        except Exception as error:  # report every failure to the test as a line, never die silently
            print(f"error {error}", flush=True)
    client.close()
    broadcaster.close()


if __name__ == "__main__":
    main()
