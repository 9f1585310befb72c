"""Load figure for the gateway: pymodbus 3.0 plays a base station running full poll cycles as fast as it can.

Usage: /usr/bin/python3 base_station_cycle.py PORT CYCLES   (against a running app, e.g. Development's 15020)
Per cycle: the globals (unit 240) and all 60 zone blocks of 11 registers (unit 240) are written, and each
zone's state and setpoint read back (unit 241): 121 requests. Prints median and worst cycle and requests/s.
"""
import sys
import time

from pymodbus.client import ModbusTcpClient


def dpt9(celsius):
    hundredths, exponent = round(celsius * 100), 0
    while not -2048 <= hundredths <= 2047:
        hundredths, exponent = round(hundredths / 2), exponent + 1
    return (0x8000 if hundredths < 0 else 0) | (exponent << 11) | (hundredths & 0x07FF)


def main():
    port, cycles = int(sys.argv[1]), int(sys.argv[2])
    client = ModbusTcpClient("127.0.0.1", port=port)
    if not client.connect():
        sys.exit(f"cannot connect to 127.0.0.1:{port}")
    times = []
    for n in range(cycles):
        start = time.perf_counter()
        client.write_registers(1, [1, 1, 0, 0, 0, 0, dpt9(3.5), dpt9(3.0)], slave=240)
        for base in range(1, 6):
            for zone in range(1, 13):
                address = (base - 1) * 1200 + zone * 100
                client.write_registers(address, [1, dpt9(21.0), dpt9(20.0 + n * 0.01), 0, 0, 0, 0, 0, 0, 0, 45], slave=240)
                if client.read_holding_registers(address, 2, slave=241).isError():
                    sys.exit(f"read of {address} failed")
        times.append(time.perf_counter() - start)
    times.sort()
    median = times[len(times) // 2]
    print(f"{cycles} cycles of 121 requests: median {median * 1000:.1f} ms, worst {times[-1] * 1000:.1f} ms per cycle; {121 / median:.0f} requests/s")


if __name__ == "__main__":
    main()
