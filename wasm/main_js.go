//go:build js && wasm

package main

import "syscall/js"

// main registers crosscheck(request string) string on the global object
// (the Web Worker's scope), and crosscheckDates(ref, texts) string for the
// date benchmark, then waits for calls forever.
func main() {
	js.Global().Set("crosscheckDates", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) != 2 {
			return string(encode(failure{Error: "crosscheckDates takes a reference date and the texts joined by NUL"}))
		}
		return string(DatesCompact(args[0].String(), args[1].String()))
	}))
	js.Global().Set("crosscheck", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) != 1 || args[0].Type() != js.TypeString {
			return string(encode(failure{Error: "crosscheck takes one JSON string"}))
		}
		return string(Handle([]byte(args[0].String())))
	}))
	select {}
}
