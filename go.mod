module github.com/crosscheck/crosscheck

go 1.26.0

require (
	github.com/kljensen/snowball v0.10.0
	github.com/petar-dambovaliev/aho-corasick v0.0.0-20250424160509-463d218d4745
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/sergi/go-diff v1.4.0
	github.com/syumai/workers v0.33.0
	github.com/tidwall/gjson v1.20.0
	github.com/tidwall/pretty v1.2.0
	go.yaml.in/yaml/v3 v3.0.6
	golang.org/x/net v0.62.0
	golang.org/x/text v0.43.0
)

require github.com/tidwall/match v1.1.1 // indirect
