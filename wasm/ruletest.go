package main

import (
	"bytes"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/ruletest"
)

// doTest runs the test cases that sit beside the rule files (name_test.yaml)
// against the rules given, or the built-in ones, with the core's runner: the
// answer is the runner's JSON (schema crosscheck.ruletest/v1), as
// `crosscheck test --format json` prints it.
func doTest(req *Request) []byte {
	srcs, err := sources(req.Rules)
	if err != nil {
		return encode(failure{Error: err.Error(), Diagnostics: diag.List{}})
	}
	var b bytes.Buffer
	if err := ruletest.WriteJSON(&b, ruletest.Run(srcs, ruletest.Options{})); err != nil {
		return encode(failure{Error: err.Error(), Diagnostics: diag.List{}})
	}
	return b.Bytes()
}
