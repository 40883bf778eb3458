package main

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// module builds a module of a type section, the given data segments and a
// custom section after them, as Go's linker orders its sections.
func module(segs []segment) []byte {
	section := func(b []byte, id byte, body []byte) []byte {
		b = append(b, id)
		b = appendUleb(b, uint64(len(body)))
		return append(b, body...)
	}
	m := []byte("\x00asm\x01\x00\x00\x00")
	m = section(m, 1, []byte{1, 0x60, 0, 0})
	m = section(m, 11, encodeData(segs))
	return section(m, 0, append([]byte{4}, "name"...))
}

// image is the linear memory a module's data segments write.
func image(t *testing.T, mod []byte) []byte {
	t.Helper()
	var mem []byte
	for p := 8; p < len(mod); {
		size, n, err := uleb(mod[p+1:])
		if err != nil {
			t.Fatal(err)
		}
		if mod[p] == 11 {
			segs, err := parseData(mod[p+1+n : p+1+n+int(size)])
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range segs {
				if end := int(s.off) + len(s.data); end > len(mem) {
					mem = append(mem, make([]byte, end-len(mem))...)
				}
				copy(mem[s.off:], s.data)
			}
		}
		p += 1 + n + int(size)
	}
	return mem
}

// TestJoinKeepsMemory: the joined module writes the same memory, and keeps
// the sections around the data section byte for byte.
func TestJoinKeepsMemory(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var segs []segment
	off := uint64(70000) // past 2^16: offsets of several LEB bytes
	for range 500 {
		d := make([]byte, 1+r.IntN(40))
		for i := range d {
			d[i] = byte(1 + r.IntN(255))
		}
		segs = append(segs, segment{off: off, data: d})
		gaps := []uint64{9, 12, 100, 5000, 1 << 14}
		off += uint64(len(d)) + gaps[r.IntN(len(gaps))]
	}
	in := module(segs)
	out, before, after, err := Join(in, maxGap)
	if err != nil {
		t.Fatal(err)
	}
	if before != 500 || after >= before || after < 2 {
		t.Errorf("%d segments joined into %d", before, after)
	}
	if !bytes.Equal(image(t, in), image(t, out)) {
		t.Error("the joined module writes different memory")
	}
	if !bytes.HasSuffix(out, append([]byte{0, 5, 4}, "name"...)) {
		t.Error("the section after the data section changed")
	}
	again, _, n, err := Join(out, maxGap)
	if err != nil || n != after || !bytes.Equal(again, out) {
		t.Errorf("a second join changed the module (%d segments, %v)", n, err)
	}
}

// TestJoinSorts: segments out of order are joined in address order, and
// overlapping ones, whose order would matter, are refused.
func TestJoinSorts(t *testing.T) {
	segs := []segment{{100, []byte("abc")}, {110, []byte("end")}, {50, []byte("xyz")}, {60, []byte("Q")}}
	in := module(segs)
	out, _, after, err := Join(in, 20)
	if err != nil {
		t.Fatal(err)
	}
	if after != 2 {
		t.Errorf("%d segments, want 2", after)
	}
	if !bytes.Equal(image(t, in), image(t, out)) {
		t.Error("the joined module writes different memory")
	}
	segs = append(segs, segment{101, []byte("Q")})
	if _, _, _, err := Join(module(segs), 20); err == nil {
		t.Error("overlapping segments: no error")
	}
}

func TestJoinRefusesOtherModules(t *testing.T) {
	if _, _, _, err := Join([]byte("\x7fELF...."), maxGap); err == nil {
		t.Error("not a module: no error")
	}
	passive := []byte("\x00asm\x01\x00\x00\x00\x0b\x04\x01\x01\x01x")
	if _, _, _, err := Join(passive, maxGap); err == nil {
		t.Error("a passive segment: no error")
	}
	count := []byte("\x00asm\x01\x00\x00\x00\x0c\x01\x00")
	if _, _, _, err := Join(count, maxGap); err == nil {
		t.Error("a data count section: no error")
	}
}
