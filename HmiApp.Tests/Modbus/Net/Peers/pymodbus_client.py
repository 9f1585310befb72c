"""pymodbus 3.0 TCP client used as an independent peer against the HMI's Modbus server.

Usage: /usr/bin/python3 pymodbus_client.py PORT COMMAND...
Each COMMAND is one argument; one result line is printed per command, in order:
  rco|rdi|rhr|rir UNIT ADDRESS COUNT      -> "ok v1 v2 ..."
  wco UNIT ADDRESS 0|1 | wcos UNIT ADDRESS b,b,...  -> "ok"
  whr UNIT ADDRESS V   | whrs UNIT ADDRESS v,v,...  -> "ok"
  rw UNIT READ_ADDRESS READ_COUNT WRITE_ADDRESS v,v,... -> "ok v1 ..."
Failures print "exception CODE" (Modbus exception response) or "noresponse".
"""
import logging
import sys

from pymodbus.client import ModbusTcpClient
from pymodbus.pdu import ExceptionResponse


def run(client, command):
    parts = command.split()
    op, unit, address = parts[0], int(parts[1]), int(parts[2])
    if op in ("rco", "rdi", "rhr", "rir"):
        count = int(parts[3])
        call = {"rco": client.read_coils, "rdi": client.read_discrete_inputs,
                "rhr": client.read_holding_registers, "rir": client.read_input_registers}[op]
        response = call(address, count, slave=unit)
    elif op == "wco":
        response = client.write_coil(address, parts[3] == "1", slave=unit)
    elif op == "wcos":
        response = client.write_coils(address, [v == "1" for v in parts[3].split(",")], slave=unit)
    elif op == "whr":
        response = client.write_register(address, int(parts[3]), slave=unit)
    elif op == "whrs":
        response = client.write_registers(address, [int(v) for v in parts[3].split(",")], slave=unit)
    elif op == "rw":
        # pymodbus 3.0.0rc1 (Debian's python3-pymodbus) still names the unit "unit=" for this request only.
        response = client.readwrite_registers(
            read_address=address, read_count=int(parts[3]), write_address=int(parts[4]),
            write_registers=[int(v) for v in parts[5].split(",")], unit=unit)
    else:
        return "error unknown command " + command
    if isinstance(response, ExceptionResponse):
        return "exception %d" % response.exception_code
    if response is None or response.isError():
        return "noresponse"
    if op in ("rco", "rdi"):
        return "ok " + " ".join(str(int(b)) for b in response.bits[:int(parts[3])])
    if op in ("rhr", "rir", "rw"):
        return "ok " + " ".join(str(r) for r in response.registers)
    return "ok"


def main():
    logging.basicConfig(level=logging.CRITICAL)
    client = ModbusTcpClient("127.0.0.1", port=int(sys.argv[1]), timeout=2, retries=0)
    if not client.connect():
        print("error cannot connect", flush=True)
        return 1
    for command in sys.argv[2:]:
        try:
            print(run(client, command), flush=True)
        except Exception as error:  # pylint: disable=broad-except
            print("noresponse " + type(error).__name__, flush=True)
    client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
