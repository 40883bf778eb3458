//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// main explains how to build this command: it is the web page's engine and
// only does something useful as WebAssembly.
func main() {
	fmt.Fprintln(os.Stderr, "wasm: build with GOOS=js GOARCH=wasm (make site); Handle is tested natively")
	os.Exit(2)
}
