"""A Moxa ioLogik E1214 register image served by pymodbus (not our code), for interoperability tests.

Usage: /usr/bin/python3 e1214_pymodbus_server.py PORT DI_BITS COUNTER0 ... COUNTER5
Discrete inputs 0x0000-0x0005 from DI_BITS (bit 0 = DI0); input registers 0x0010-0x001B the six
DI counters (high word, low word); input register 0x0030 all DI as bits; coils 0x0000-0x0005 relays
and 0x0010-0x0015 pulse coils, all off. zero_mode=True: PDU address 0 is the first point.
"""
import sys

from pymodbus.datastore import (
    ModbusSequentialDataBlock,
    ModbusServerContext,
    ModbusSlaveContext,
)
from pymodbus.server import StartTcpServer


def main():
    port = int(sys.argv[1])
    bits = int(sys.argv[2])
    counters = [int(c) for c in sys.argv[3:9]]
    inputs = [(bits >> i) & 1 for i in range(6)]
    registers = [0] * 0x31
    for i, count in enumerate(counters):
        registers[0x10 + 2 * i] = (count >> 16) & 0xFFFF
        registers[0x10 + 2 * i + 1] = count & 0xFFFF
    registers[0x30] = bits
    unit = ModbusSlaveContext(
        di=ModbusSequentialDataBlock(0, inputs),
        co=ModbusSequentialDataBlock(0, [0] * 0x16),
        ir=ModbusSequentialDataBlock(0, registers),
        hr=ModbusSequentialDataBlock(0, [0] * 0x21),
        zero_mode=True,
    )
    print("serving E1214 image on port", port, flush=True)
    StartTcpServer(context=ModbusServerContext(slaves={1: unit}, single=False), address=("127.0.0.1", port))


if __name__ == "__main__":
    main()
