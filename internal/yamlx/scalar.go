package yamlx

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// scalar fills a string, bool or number from n's text. Quoted numbers are
// accepted: rule writers should not have to know YAML's typing rules.
func (d *decoder) scalar(at, n *yaml.Node, v reflect.Value, label string) bool {
	if n.Kind != yaml.ScalarNode {
		d.wrongType(at, n, v.Type(), label)
		return false
	}
	s := n.Value
	bad := func(msg, hint string) bool {
		d.add("bad-value", at, msg, hint)
		return false
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Bool:
		// Only YAML's own booleans, unquoted, as the schema says: "yes"
		// and "on" are text in YAML 1.2 (an editor shows them as strings)
		// and "true" in quotes is text too (issue 13).
		switch {
		case n.ShortTag() == "!!bool" && strings.EqualFold(s, "true"):
			v.SetBool(true)
		case n.ShortTag() == "!!bool" && strings.EqualFold(s, "false"):
			v.SetBool(false)
		default:
			hint := "write true or false"
			if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
				hint = "write true or false without quotes"
			}
			return bad(fmt.Sprintf("%s must be true or false, got %s", label, quote(s)), hint)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, err := parseInt(s)
		if err == nil && v.OverflowInt(i) || errors.Is(err, strconv.ErrRange) {
			return bad(fmt.Sprintf("%s is out of range, got %s", label, quote(s)), "")
		}
		if err != nil {
			return bad(fmt.Sprintf("%s must be a whole number, got %s", label, quote(s)), numberHint(s, true))
		}
		v.SetInt(i)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		i, err := parseInt(s)
		if err == nil && (i < 0 || v.OverflowUint(uint64(i))) || errors.Is(err, strconv.ErrRange) {
			return bad(fmt.Sprintf("%s must be a whole number, 0 or more and not too large, got %s", label, quote(s)), "")
		}
		if err != nil {
			return bad(fmt.Sprintf("%s must be a whole number, got %s", label, quote(s)), numberHint(s, true))
		}
		v.SetUint(uint64(i))
	case reflect.Float32, reflect.Float64:
		f, err := parseFloat(s)
		if err != nil || v.OverflowFloat(f) {
			return bad(fmt.Sprintf("%s must be a number, got %s", label, quote(s)), numberHint(s, false))
		}
		v.SetFloat(f)
	}
	return true
}

// parseInt reads YAML 1.2 integers: decimal (a leading 0 is not octal),
// 0x, 0o and 0b prefixes, an optional sign and _ separators.
func parseInt(s string) (int64, error) {
	t := strings.ReplaceAll(s, "_", "")
	sign := ""
	if t != "" && (t[0] == '+' || t[0] == '-') {
		sign, t = t[:1], t[1:]
	}
	base := 10
	if len(t) > 2 && t[0] == '0' {
		switch t[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 10 {
			t = t[2:]
		}
	}
	return strconv.ParseInt(sign+t, base, 64)
}

// parseFloat reads YAML floats, including .inf and .nan.
func parseFloat(s string) (float64, error) {
	switch strings.ToLower(s) {
	case ".inf", "+.inf":
		return math.Inf(1), nil
	case "-.inf":
		return math.Inf(-1), nil
	case ".nan":
		return math.NaN(), nil
	}
	return strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
}

// numberHint guesses the slip behind a number that did not parse.
func numberHint(s string, whole bool) string {
	t := strings.ReplaceAll(s, ",", "")
	if _, err := parseFloat(t); err == nil && t != s {
		return "write numbers without commas, like 1200"
	}
	if _, err := parseFloat(s); err == nil && whole {
		return "use a whole number, without a decimal point"
	}
	return ""
}

// wrongType reports a value of the wrong kind (a mapping where a list is
// expected and the like) at the place it was written.
func (d *decoder) wrongType(at, n *yaml.Node, t reflect.Type, label string) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	hint := ""
	switch {
	case t.Kind() == reflect.Struct:
		hint = "expected keys: " + strings.Join(d.fieldsOf(t).names, ", ")
	case t.Kind() == reflect.Slice && n.Kind == yaml.ScalarNode:
		hint = `put each item on its own line starting with "- ", or write [a, b]`
	case t.Kind() != reflect.Map && t.Kind() != reflect.Slice && n.Kind == yaml.MappingNode:
		hint = `if this is text that contains ": ", put it in quotes`
	}
	d.add("wrong-type", at, fmt.Sprintf("%s must be %s, got %s", label, describe(t, false), describeNode(n)), hint)
}

// describe names what type t expects, in the words of a rule writer.
func describe(t reflect.Type, plural bool) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	one, many := t.String(), t.String()
	switch t.Kind() {
	case reflect.String:
		one, many = "a string", "strings"
	case reflect.Bool:
		one, many = "true or false", "true/false values"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		one, many = "a whole number", "whole numbers"
	case reflect.Float32, reflect.Float64:
		one, many = "a number", "numbers"
	case reflect.Struct, reflect.Map:
		one, many = "a mapping", "mappings"
	case reflect.Slice:
		one, many = "a list of "+describe(t.Elem(), true), "lists"
	}
	if plural {
		return many
	}
	return one
}

// describeNode names what was written instead.
func describeNode(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	return quote(n.Value)
}

// quote shows a scalar in a message, shortened so one line stays one line.
func quote(s string) string {
	if r := []rune(s); len(r) > 40 {
		s = string(r[:37]) + "..."
	}
	return strconv.Quote(s)
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}
