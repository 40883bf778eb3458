//go:build !(js && wasm)

// Command worker is the crosscheck API as a Cloudflare Worker; it only
// runs compiled with GOOS=js GOARCH=wasm (`make worker`). Natively, run
// `crosscheck serve`, which serves the same handler.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "worker: build with `make worker` and run `wrangler dev`; natively, run `crosscheck serve`")
	os.Exit(2)
}
