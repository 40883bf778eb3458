// Package crosscheck holds the files built into every host: the rule files
// and the demo corpus.
package crosscheck

import "embed"

// Rules are the built-in rule files, under rules/.
//
//go:embed rules/*.yaml rules/lexicon/*.yaml
var Rules embed.FS

// DemoCorpus is the seed corpus split into its articles.
//
//go:embed testdata/demo/corpus.json
var DemoCorpus []byte
