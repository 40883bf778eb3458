//go:build js && wasm

// Command worker is the crosscheck API as a Cloudflare Worker: the
// httpapi handler served through github.com/syumai/workers. Build it with
// `make worker`; wrangler.toml at the repository root serves and deploys
// it. The handler is the one `crosscheck serve` runs natively.
package main

import "github.com/syumai/workers"

func main() {
	// One instance serves every request of the isolate (worker/glue.mjs):
	// register the handler, say so, and keep running. workers.Serve would
	// return after the first answer, ending the instance.
	workers.ServeNonBlock(handler())
	workers.Ready()
	select {}
}
