// Command wasmdata joins the data segments of a Go WebAssembly binary, in
// place: `go run ./scripts/wasmdata FILE.wasm`. The build scripts run it
// on the page's engine and on the Worker.
//
// Go's linker starts a new data segment at every run of more than eight
// zero bytes (cmd/link/internal/wasm, writeDataSec), which saves raw bytes
// but leaves the engine with about 76,000 segments, each with its own
// offset and length. Those headers are a byte pattern gzip does poorly
// on: joined, the segments write the zeros between them, the binary grows
// by about 0.8 MB raw and shrinks by about 0.13 MB gzipped. Memory is the
// same byte for byte, since a fresh linear memory is all zeros and the
// segments do not overlap.
package main

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"os"
	"slices"
)

// maxGap is the longest run of zeros written between two segments to join
// them; a longer one (the linker's few large gaps) starts a new segment.
const maxGap = 4096

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: wasmdata FILE.wasm (joins its data segments in place)")
		os.Exit(2)
	}
	name := os.Args[1]
	in, err := os.ReadFile(name)
	if err == nil {
		var out []byte
		var before, after int
		if out, before, after, err = Join(in, maxGap); err == nil {
			err = os.WriteFile(name, out, 0o644)
			fmt.Printf("wasmdata: %s: %d data segments joined into %d\n", name, before, after)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmdata:", err)
		os.Exit(1)
	}
}

// segment is an active data segment of memory 0: bytes at an offset.
type segment struct {
	off  uint64
	data []byte
}

// Join returns the module with its data segments joined wherever at most
// gap zero bytes lie between them, and the segment counts before and
// after. It accepts only what Go's linker writes (active segments of
// memory 0 at i32.const offsets, no data count section) and returns an
// error on anything else, leaving the caller's file as it was.
func Join(mod []byte, gap uint64) ([]byte, int, int, error) {
	if len(mod) < 8 || !bytes.Equal(mod[:8], []byte("\x00asm\x01\x00\x00\x00")) {
		return nil, 0, 0, errors.New("not a WebAssembly 1 module")
	}
	out := append([]byte(nil), mod[:8]...)
	before, after := 0, 0
	seen := false
	for p := 8; p < len(mod); {
		id := mod[p]
		size, n, err := uleb(mod[p+1:])
		if err != nil || uint64(len(mod)-p-1-n) < size {
			return nil, 0, 0, fmt.Errorf("section at byte %d: bad size", p)
		}
		body := mod[p+1+n : p+1+n+int(size)]
		p += 1 + n + int(size)
		switch id {
		case 12:
			return nil, 0, 0, errors.New("a data count section: not a module Go's linker wrote")
		case 11:
			if seen {
				return nil, 0, 0, errors.New("two data sections")
			}
			seen = true
			segs, err := parseData(body)
			if err != nil {
				return nil, 0, 0, err
			}
			joined, err := join(segs, gap)
			if err != nil {
				return nil, 0, 0, err
			}
			before, after = len(segs), len(joined)
			body = encodeData(joined)
		}
		out = append(out, id)
		out = appendUleb(out, uint64(len(body)))
		out = append(out, body...)
	}
	return out, before, after, nil
}

// parseData reads a data section's segments, in the order written.
func parseData(b []byte) ([]segment, error) {
	count, n, err := uleb(b)
	if err != nil {
		return nil, errors.New("data section: bad count")
	}
	b = b[n:]
	segs := make([]segment, 0, count)
	for i := uint64(0); i < count; i++ {
		// flags 0 (active, memory 0), then the offset: i32.const N, end.
		if len(b) < 2 || b[0] != 0 || b[1] != 0x41 {
			return nil, fmt.Errorf("data segment %d: not an active segment at an i32.const offset", i)
		}
		off, n, err := sleb(b[2:])
		if err != nil || off < 0 || len(b) < 3+n || b[2+n] != 0x0b {
			return nil, fmt.Errorf("data segment %d: bad offset", i)
		}
		b = b[3+n:]
		size, n, err := uleb(b)
		if err != nil || uint64(len(b)-n) < size {
			return nil, fmt.Errorf("data segment %d: bad size", i)
		}
		segs = append(segs, segment{off: uint64(off), data: b[n : n+int(size)]})
		b = b[n+int(size):]
	}
	if len(b) != 0 {
		return nil, errors.New("data section: bytes after the last segment")
	}
	return segs, nil
}

// join sorts the segments by offset and merges each into the one before
// it when at most gap zero bytes lie between them. Segments that do not
// overlap write the same memory in any order (Go's linker writes its
// sections in two ascending runs); overlapping ones are an error, since
// their order would matter.
func join(segs []segment, gap uint64) ([]segment, error) {
	sorted := slices.Clone(segs)
	slices.SortStableFunc(sorted, func(a, b segment) int { return cmp.Compare(a.off, b.off) })
	var out []segment
	for _, s := range sorted {
		if k := len(out) - 1; k >= 0 {
			end := out[k].off + uint64(len(out[k].data))
			if s.off < end {
				return nil, fmt.Errorf("data segments overlap at offset %d", s.off)
			}
			if s.off-end <= gap {
				d := append(out[k].data, make([]byte, s.off-end)...)
				out[k].data = append(d, s.data...)
				continue
			}
		}
		out = append(out, segment{off: s.off, data: slices.Clone(s.data)})
	}
	return out, nil
}

func encodeData(segs []segment) []byte {
	b := appendUleb(nil, uint64(len(segs)))
	for _, s := range segs {
		b = append(b, 0, 0x41)
		b = appendSleb(b, int64(s.off))
		b = append(b, 0x0b)
		b = appendUleb(b, uint64(len(s.data)))
		b = append(b, s.data...)
	}
	return b
}

var errLEB = errors.New("bad LEB128")

func uleb(b []byte) (uint64, int, error) {
	var v uint64
	for i := 0; i < len(b) && i < 10; i++ {
		v |= uint64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			return v, i + 1, nil
		}
	}
	return 0, 0, errLEB
}

func sleb(b []byte) (int64, int, error) {
	var v int64
	for i := 0; i < len(b) && i < 10; i++ {
		v |= int64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			if shift := 7 * (i + 1); shift < 64 && b[i]&0x40 != 0 {
				v |= -1 << shift
			}
			return v, i + 1, nil
		}
	}
	return 0, 0, errLEB
}

func appendUleb(b []byte, v uint64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func appendSleb(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
