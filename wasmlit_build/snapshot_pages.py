"""Pack a memory snapshot into fewer bytes: most of its 4 KB pages need not travel.

A snapshot is Pyodide's header (and JSON) followed by the interpreter's whole
WebAssembly memory. Half of that memory is zero pages, and a tenth is still exactly the
data the wasm module puts there when it is instantiated (its active data segments). The
packed file holds the header, one byte per page saying where the page comes from, and
only the pages that must travel; the worker (``web/worker/snapshot_boot.js``) rebuilds
the memory, taking the "module" pages from the freshly instantiated module's memory and
checking them against the CRC-32 recorded here (a mismatch means a plain boot).
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

PAGE_BYTES = 4096
ZERO_PAGE, MODULE_PAGE, STORED_PAGE = 0, 1, 2
_DATA_SECTION = 11
_I32_CONST, _END = 0x41, 0x0B


@dataclass(frozen=True)
class PackedSnapshot:
    data: bytes  # header, page map, stored pages (compressed by the caller)
    module_crc: int  # CRC-32 of the module pages, in page order
    pages: dict[int, int]  # page kind -> how many


def _uleb(data: bytes, index: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = data[index]
        index += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return result, index


def _sleb(data: bytes, index: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = data[index]
        index += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return (result - (1 << shift) if byte & 0x40 else result), index


def initial_memory(wasm: bytes, size: int) -> bytes:
    """The first ``size`` bytes of memory right after the module is instantiated: its
    active data segments at their (constant) offsets, zeros elsewhere.

    >>> module = bytes.fromhex("0061736d01000000" "0b0801" "00 41 04 0b 02 6869".replace(" ", ""))
    >>> initial_memory(module, 8)
    b'\\x00\\x00\\x00\\x00hi\\x00\\x00'
    """
    if wasm[:4] != b"\0asm":
        raise ValueError("not a WebAssembly module")
    memory = bytearray(size)
    index = 8
    while index < len(wasm):
        section, index = wasm[index], index + 1
        length, index = _uleb(wasm, index)
        if section == _DATA_SECTION:
            _apply_data_segments(wasm[index : index + length], memory)
        index += length
    return bytes(memory)


def _apply_data_segments(section: bytes, memory: bytearray) -> None:
    count, index = _uleb(section, 0)
    for _ in range(count):
        flags, index = _uleb(section, index)
        offset = None
        if flags == 0:  # active, memory 0, offset given by a constant expression
            if section[index] != _I32_CONST:
                raise ValueError("a data segment's offset is not an i32.const")
            offset, index = _sleb(section, index + 1)
            if section[index] != _END:
                raise ValueError("a data segment's offset expression is longer than one constant")
            index += 1
        elif flags != 1:  # 1: passive (copied by the program, never at instantiation)
            raise ValueError(f"unsupported data segment kind {flags}")
        length, index = _uleb(section, index)
        if offset is not None and offset < len(memory):
            end = min(offset + length, len(memory))
            memory[offset:end] = section[index : index + end - offset]
        index += length


def pack(raw: bytes, wasm: bytes) -> PackedSnapshot:
    """The packed form of a Pyodide snapshot ``raw`` made with the module ``wasm``."""
    heap_offset = struct.unpack_from("<I", raw, 4)[0]
    heap = memoryview(raw)[heap_offset:]
    if len(heap) % PAGE_BYTES:
        raise ValueError("the snapshot's memory is not a whole number of pages")
    initial = initial_memory(wasm, len(heap))
    zero = bytes(PAGE_BYTES)
    page_map = bytearray()
    stored: list[bytes] = []
    module_crc = 0
    for start in range(0, len(heap), PAGE_BYTES):
        page = heap[start : start + PAGE_BYTES]
        if page == zero:
            page_map.append(ZERO_PAGE)
        elif page == initial[start : start + PAGE_BYTES]:
            page_map.append(MODULE_PAGE)
            module_crc = zlib.crc32(page, module_crc)
        else:
            page_map.append(STORED_PAGE)
            stored.append(bytes(page))
    counts = {kind: page_map.count(kind) for kind in (ZERO_PAGE, MODULE_PAGE, STORED_PAGE)}
    data = b"".join([raw[:heap_offset], bytes(page_map), *stored])
    return PackedSnapshot(data=data, module_crc=module_crc, pages=counts)


def unpack(packed: bytes, raw_size: int, module_memory: bytes) -> bytes:
    """The snapshot again (the worker's job, in Python for the tests and the build's check).

    >>> import struct
    >>> raw = struct.pack("<II", 0, 8) + b"\\x07" * PAGE_BYTES + bytes(PAGE_BYTES) + b"hi" + bytes(PAGE_BYTES - 2)
    >>> wasm = bytes.fromhex("0061736d01000000" "0b0a01" "004180c0000b026869")  # "hi" at 8192
    >>> packed = pack(raw, wasm)
    >>> packed.pages
    {0: 1, 1: 1, 2: 1}
    >>> unpack(packed.data, len(raw), initial_memory(wasm, 3 * PAGE_BYTES)) == raw
    True
    """
    heap_offset = struct.unpack_from("<I", packed, 4)[0]
    pages = (raw_size - heap_offset) // PAGE_BYTES
    page_map = packed[heap_offset : heap_offset + pages]
    output = bytearray(raw_size)
    output[:heap_offset] = packed[:heap_offset]
    source = heap_offset + pages
    for page, kind in enumerate(page_map):
        start = heap_offset + page * PAGE_BYTES
        if kind == STORED_PAGE:
            output[start : start + PAGE_BYTES] = packed[source : source + PAGE_BYTES]
            source += PAGE_BYTES
        elif kind == MODULE_PAGE:
            output[start : start + PAGE_BYTES] = module_memory[page * PAGE_BYTES : (page + 1) * PAGE_BYTES]
    return bytes(output)
