#!/usr/bin/python3
"""An independent Modbus peer for interop tests: Debian's pymodbus 3.0 serving a register map's
channels with values encoded by pymodbus's own BinaryPayloadBuilder (not by gasbench's codec).

Usage: pymodbus_vendor_server.py MAP.json (--port N | --rtu DEVICE --unit U)

Prints one JSON line before serving: {"values": {channel: engineering value},
"writeProbes": {channel: {"value": v, "registers": [...]}}}, then serves until killed.
"""
import argparse
import json
import logging
import sys

from pymodbus.constants import Endian
from pymodbus.datastore import ModbusSequentialDataBlock, ModbusServerContext, ModbusSlaveContext
from pymodbus.payload import BinaryPayloadBuilder

# Engineering values served on read, by channel name (in the channel's unit).
VALUES = {
    "f32_abcd": 101.325,
    "f32_badc": -2.75,
    "f32_cdab": 1234.5,
    "f32_dcba": 0.015625,
    "u32_cdab": 305419.896,
    "i32_abcd": -123456,
    "i16_scaled": -12.3,
    "u16_badc": 4660,
    "setpoint_cdab": 42.5,
    "i16_setpoint": 2.5,
    "relay": True,
    "alarm": True,
}
# Values the test writes through gasbench, with the registers pymodbus says they should become.
WRITE_PROBES = {"setpoint_cdab": 77.25, "i16_setpoint": -0.75}

ORDERS = {  # word order -> (byteorder within a word, word order)
    "abcd": (Endian.Big, Endian.Big),
    "badc": (Endian.Little, Endian.Big),
    "cdab": (Endian.Big, Endian.Little),
    "dcba": (Endian.Little, Endian.Little),
}


def encode(channel, value):
    byteorder, wordorder = ORDERS[channel.get("order", "abcd")]
    b = BinaryPayloadBuilder(byteorder=byteorder, wordorder=wordorder)
    raw = (value - channel.get("offset", 0.0)) / channel.get("scale", 1.0)
    kind = channel["type"]
    if kind == "f32":
        b.add_32bit_float(raw)
    elif kind == "u32":
        b.add_32bit_uint(round(raw))
    elif kind == "i32":
        b.add_32bit_int(round(raw))
    elif kind == "u16":
        b.add_16bit_uint(round(raw))
    elif kind == "i16":
        b.add_16bit_int(round(raw))
    else:
        raise ValueError(kind)
    return b.to_registers()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("map")
    p.add_argument("--port", type=int)
    p.add_argument("--rtu")
    p.add_argument("--unit", type=int, default=1)
    args = p.parse_args()
    logging.disable(logging.CRITICAL)  # pymodbus logs a harmless "Handler ... canceled" per client

    with open(args.map, encoding="utf-8") as f:
        device = json.load(f)
    size = 256
    tables = {name: [0] * size for name in ("coil", "discreteInput", "holdingRegister", "inputRegister")}
    ident = device.get("identity")
    if ident:
        tables[ident["function"]][ident["address"]] = ident["expected"]
    probes = {}
    for ch in device["channels"]:
        value = VALUES[ch["name"]]
        table = tables[ch["function"]]
        if ch["type"] == "bool":
            table[ch["address"]] = 1 if value else 0
        else:
            for i, word in enumerate(encode(ch, value)):
                table[ch["address"] + i] = word
        if ch["name"] in WRITE_PROBES:
            v = WRITE_PROBES[ch["name"]]
            probes[ch["name"]] = {"value": v, "registers": encode(ch, v)}

    slave = ModbusSlaveContext(
        co=ModbusSequentialDataBlock(0, tables["coil"]),
        di=ModbusSequentialDataBlock(0, tables["discreteInput"]),
        hr=ModbusSequentialDataBlock(0, tables["holdingRegister"]),
        ir=ModbusSequentialDataBlock(0, tables["inputRegister"]),
        zero_mode=True,
    )
    print(json.dumps({"values": VALUES, "writeProbes": probes}), flush=True)
    if args.rtu:
        from pymodbus.server import StartSerialServer
        from pymodbus.transaction import ModbusRtuFramer

        context = ModbusServerContext(slaves={args.unit: slave}, single=False)
        StartSerialServer(context=context, framer=ModbusRtuFramer, port=args.rtu, baudrate=115200,
                          bytesize=8, parity="N", stopbits=1)
    else:
        from pymodbus.server import StartTcpServer

        context = ModbusServerContext(slaves=slave, single=True)
        StartTcpServer(context=context, address=("127.0.0.1", args.port), allow_reuse_address=True)


if __name__ == "__main__":
    sys.exit(main())
