// Command wasmsize prints what a Go WebAssembly binary is made of: its code
// by package (from the name section, so build without -s), and its data:
// `GOOS=js GOARCH=wasm go build -trimpath -o /tmp/e.wasm ./wasm &&
// go run ./scripts/wasmsize /tmp/e.wasm rules/*.yaml`. Files named after
// the binary are looked for, byte for byte, in its data: what embedding
// them costs. `go tool nm` does not read Wasm.
//
// Each package's gzip figure is its code compressed alone, scaled so the
// packages add up to the code section compressed whole: a rough share of
// what the package costs the download, not an exact one.
package main

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
)

func main() {
	rows := flag.Int("n", 40, "packages to list")
	flag.Parse()
	if flag.NArg() < 1 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-n ROWS] FILE.wasm [EMBEDDED_FILE...]")
		os.Exit(2)
	}
	mod, err := os.ReadFile(flag.Arg(0))
	if err == nil {
		err = report(mod, *rows, flag.Args()[1:])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
}

func report(mod []byte, rows int, embedded []string) error {
	if len(mod) < 8 || !bytes.Equal(mod[:4], []byte("\x00asm")) {
		return errors.New("not a WebAssembly module")
	}
	var imports int
	var code, data []byte
	names := map[int]string{}
	for p := 8; p < len(mod); {
		id := mod[p]
		size, n := binary.Uvarint(mod[p+1:])
		body := mod[p+1+n : p+1+n+int(size)]
		p += 1 + n + int(size)
		switch id {
		case 2:
			imports = countFuncImports(body)
		case 10:
			code = body
		case 11:
			data = body
		case 0:
			nl, n := binary.Uvarint(body)
			if string(body[n:n+int(nl)]) == "name" {
				readNames(body[n+int(nl):], names)
			}
		}
	}
	if len(names) == 0 {
		return errors.New("no name section: build without -ldflags=-s")
	}
	// Function bodies, by package.
	raw := map[string][]byte{}
	count, n := binary.Uvarint(code)
	b := code[n:]
	for i := 0; i < int(count); i++ {
		size, n := binary.Uvarint(b)
		pkg := pkgOf(names[imports+i])
		raw[pkg] = append(raw[pkg], b[n:n+int(size)]...)
		b = b[n+int(size):]
	}
	type row struct {
		pkg     string
		raw, gz int
	}
	var out []row
	sum := 0
	for pkg, body := range raw {
		r := row{pkg, len(body), deflated(body)}
		sum += r.gz
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i].raw > out[j].raw || out[i].raw == out[j].raw && out[i].pkg < out[j].pkg
	})
	whole := deflated(code)
	fmt.Printf("module %d bytes, %d deflated\n", len(mod), deflated(mod))
	fmt.Printf("code section %d bytes, %d deflated (%d functions)\n", len(code), whole, count)
	fmt.Printf("data section %d bytes, %d deflated\n", len(data), deflated(data))
	mem := memory(data)
	if pcln := pclntab(mem); pcln != "" {
		fmt.Println(pcln)
	}
	if len(embedded) > 0 {
		var all []byte
		found := 0
		for _, name := range embedded {
			b, err := os.ReadFile(name)
			if err != nil {
				return err
			}
			if len(b) > 0 && bytes.Contains(mem, b) {
				all = append(all, b...)
				found++
			} else {
				fmt.Printf("embedded: %s is not in the data\n", name)
			}
		}
		fmt.Printf("embedded: %d of the %d files named, %d bytes, %d deflated together\n", found, len(embedded), len(all), deflated(all))
	}
	fmt.Printf("\n%-52s %10s %10s\n", "code by package", "bytes", "~gzip")
	for i, r := range out {
		if i == rows {
			break
		}
		fmt.Printf("%-52s %10d %10d\n", r.pkg, r.raw, r.gz*whole/sum)
	}
	return nil
}

// pclntab describes the runtime's function table in the data: the names
// and the pc-value tables (stack frames, lines, inlining) the runtime
// reads for tracebacks and the collector. Stripping symbols (-s) keeps it.
func pclntab(mem []byte) string {
	// runtime.pcHeader: magic 0xfffffff1, two zero bytes, minLC, ptrSize 8.
	i := bytes.Index(mem, []byte{0xf1, 0xff, 0xff, 0xff, 0, 0, 1, 8})
	if i < 0 || len(mem) < i+72 {
		return ""
	}
	f := func(k int) uint64 { return binary.LittleEndian.Uint64(mem[i+8+8*k:]) }
	part := func(k int) []byte { return mem[i+int(f(k)) : i+int(f(k+1))] }
	return fmt.Sprintf("pclntab: %d functions; names %d bytes (%d deflated), compilation units %d, files %d, pc-value tables %d (%d deflated)",
		f(0), len(part(3)), deflated(part(3)), len(part(4)), len(part(5)), len(part(6)), deflated(part(6)))
}

// memory is the linear memory the data segments write, from address 0
// (the linker splits even the pclntab header at its runs of zeros).
func memory(data []byte) []byte {
	var mem []byte
	count, n := binary.Uvarint(data)
	b := data[n:]
	for i := 0; i < int(count) && len(b) > 2; i++ {
		off, n := sleb(b[2:]) // after flags 0 and i32.const
		b = b[2+n+1:]
		size, n := binary.Uvarint(b)
		if end := int(off) + int(size); end > len(mem) {
			mem = append(mem, make([]byte, end-len(mem))...)
		}
		copy(mem[off:], b[n:n+int(size)])
		b = b[n+int(size):]
	}
	return mem
}

// sleb reads a signed LEB128 number (binary.Varint is zigzag instead).
func sleb(b []byte) (int64, int) {
	var v int64
	for i := 0; i < len(b) && i < 10; i++ {
		v |= int64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			if shift := 7 * (i + 1); shift < 64 && b[i]&0x40 != 0 {
				v |= -1 << shift
			}
			return v, i + 1
		}
	}
	return 0, len(b)
}

func deflated(b []byte) int {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}

// countFuncImports counts the imported functions, which come before the
// module's own in the function index space.
func countFuncImports(b []byte) int {
	count, n := binary.Uvarint(b)
	b = b[n:]
	funcs := 0
	for i := 0; i < int(count); i++ {
		for range 2 { // module and field names
			l, n := binary.Uvarint(b)
			b = b[n+int(l):]
		}
		kind := b[0]
		b = b[1:]
		switch kind {
		case 0: // function: type index
			_, n := binary.Uvarint(b)
			b = b[n:]
			funcs++
		case 1: // table: element type, limits
			b = skipLimits(b[1:])
		case 2: // memory: limits
			b = skipLimits(b)
		case 3: // global: value type, mutability
			b = b[2:]
		}
	}
	return funcs
}

func skipLimits(b []byte) []byte {
	flag := b[0]
	_, n := binary.Uvarint(b[1:])
	b = b[1+n:]
	if flag&1 != 0 {
		_, n = binary.Uvarint(b)
		b = b[n:]
	}
	return b
}

// readNames reads the function names subsection of the name section.
func readNames(b []byte, names map[int]string) {
	for len(b) > 0 {
		id := b[0]
		size, n := binary.Uvarint(b[1:])
		sub := b[1+n : 1+n+int(size)]
		b = b[1+n+int(size):]
		if id != 1 {
			continue
		}
		count, n := binary.Uvarint(sub)
		sub = sub[n:]
		for i := 0; i < int(count); i++ {
			idx, n := binary.Uvarint(sub)
			sub = sub[n:]
			l, n := binary.Uvarint(sub)
			names[int(idx)] = string(sub[n : n+int(l)])
			sub = sub[n+int(l):]
		}
	}
}

// domain is the host part of a module path, which keeps its dots in the
// name section (Go writes "github.com_user_repo_pkg.Func").
var domain = regexp.MustCompile(`^[a-z0-9-]+(\.[a-z0-9-]+)+_`)

// pkgOf is the package a function name belongs to, with slashes back.
func pkgOf(name string) string {
	if strings.HasPrefix(name, "type_.") {
		return "(generated equality and hash functions)"
	}
	host := domain.FindString(name)
	rest := name[len(host):]
	if i := strings.IndexByte(rest, '.'); i >= 0 {
		rest = rest[:i]
	}
	return strings.ReplaceAll(host+rest, "_", "/")
}
