// Package golit writes Go values as Go source: composite literals that the
// compiler lays out as static data, so a program can carry data it derived
// at build time and use it at start without decoding anything.
//
// It writes what encoding/json would keep of a value: exported fields
// without a `json:"-"` tag, with zero fields left out. Bools, numbers,
// strings, structs, pointers to structs, slices, arrays and time.Time (in
// UTC) are supported; any other kind is an error naming where it was met.
// It never imports go-app.
package golit

import (
	"bytes"
	"fmt"
	"go/format"
	"go/token"
	"maps"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Decl is one package-level variable of a generated file.
type Decl struct {
	Name  string // the variable's name, e.g. "Home"
	Doc   string // its doc comment, without the "// "
	Value any
}

// File returns a gofmt'ed Go source file of package pkg that declares
// decls, under the build constraint (e.g. "wasm"; "" for none) and after
// the header comment (each line prefixed with "// ").
func File(pkg, constraint, header string, decls []Decl) ([]byte, error) {
	w := &writer{imports: map[string]string{}}
	var body strings.Builder
	for _, d := range decls {
		w.b.Reset()
		if err := w.value(reflect.ValueOf(d.Value), d.Name); err != nil {
			return nil, err
		}
		body.WriteString(comment(d.Doc))
		body.WriteString("var " + d.Name + " = " + w.b.String() + "\n\n")
	}
	var f bytes.Buffer
	if constraint != "" {
		f.WriteString("//go:build " + constraint + "\n\n")
	}
	f.WriteString(comment(header))
	f.WriteString("\npackage " + pkg + "\n\n")
	if len(w.imports) > 0 {
		f.WriteString("import (\n")
		for _, p := range slices.Sorted(maps.Keys(w.imports)) {
			f.WriteString(strconv.Quote(p) + "\n")
		}
		f.WriteString(")\n\n")
	}
	f.WriteString(body.String())
	out, err := format.Source(f.Bytes())
	if err != nil {
		return nil, fmt.Errorf("golit: the generated file does not parse: %w", err)
	}
	return out, nil
}

// Expr returns v as a Go expression and the import paths it needs.
func Expr(v any) (string, []string, error) {
	w := &writer{imports: map[string]string{}}
	if err := w.value(reflect.ValueOf(v), "value"); err != nil {
		return "", nil, err
	}
	return w.b.String(), slices.Sorted(maps.Keys(w.imports)), nil
}

// comment is text as a Go comment, each line prefixed with "// ".
func comment(text string) string {
	return "// " + strings.ReplaceAll(text, "\n", "\n// ") + "\n"
}

type writer struct {
	b       strings.Builder
	imports map[string]string // import path → package name
}

var timeType = reflect.TypeFor[time.Time]()

// typ writes nothing: it returns the Go spelling of t, noting its imports.
func (w *writer) typ(t reflect.Type, at string) (string, error) {
	if t.Name() != "" {
		if t.PkgPath() == "" {
			return t.Name(), nil // a predeclared type
		}
		if strings.ContainsAny(t.Name(), "[]") {
			return "", fmt.Errorf("golit: %s: generic type %s", at, t)
		}
		if !token.IsExported(t.Name()) {
			return "", fmt.Errorf("golit: %s: unexported type %s cannot be named from another package", at, t)
		}
		pkg, _, _ := strings.Cut(t.String(), ".")
		if old, ok := w.imports[t.PkgPath()]; ok && old != pkg {
			return "", fmt.Errorf("golit: %s: package %s named both %s and %s", at, t.PkgPath(), old, pkg)
		}
		w.imports[t.PkgPath()] = pkg
		return t.String(), nil
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Pointer:
		e, err := w.typ(t.Elem(), at)
		if t.Kind() == reflect.Slice {
			return "[]" + e, err
		}
		return "*" + e, err
	case reflect.Array:
		e, err := w.typ(t.Elem(), at)
		return "[" + strconv.Itoa(t.Len()) + "]" + e, err
	}
	return "", fmt.Errorf("golit: %s: unsupported type %s", at, t)
}

// value writes v as an expression; at names it in errors ("Cast.People[3]").
func (w *writer) value(v reflect.Value, at string) error {
	switch v.Kind() {
	case reflect.Bool:
		w.b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		w.b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		w.b.WriteString(strconv.FormatUint(v.Uint(), 10))
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return fmt.Errorf("golit: %s: %v has no Go literal", at, f)
		}
		w.b.WriteString(strconv.FormatFloat(f, 'g', -1, v.Type().Bits()))
	case reflect.String:
		w.b.WriteString(strconv.Quote(v.String()))
	case reflect.Pointer:
		if v.IsNil() {
			w.b.WriteString("nil")
			return nil
		}
		if v.Elem().Kind() != reflect.Struct || v.Type().Elem() == timeType {
			return fmt.Errorf("golit: %s: pointer to %s (only pointers to structs)", at, v.Type().Elem())
		}
		w.b.WriteString("&")
		return w.value(v.Elem(), at)
	case reflect.Slice:
		if v.IsNil() {
			w.b.WriteString("nil")
			return nil
		}
		return w.list(v, at)
	case reflect.Array:
		return w.list(v, at)
	case reflect.Struct:
		if v.Type() == timeType {
			return w.time(v.Interface().(time.Time), at)
		}
		return w.fields(v, at)
	default:
		return fmt.Errorf("golit: %s: unsupported kind %s (%s)", at, v.Kind(), v.Type())
	}
	return nil
}

// list writes a slice or array literal, one element a line.
func (w *writer) list(v reflect.Value, at string) error {
	t, err := w.typ(v.Type(), at)
	if err != nil {
		return err
	}
	w.b.WriteString(t + "{")
	for i := range v.Len() {
		w.b.WriteString("\n")
		if err := w.value(v.Index(i), at+"["+strconv.Itoa(i)+"]"); err != nil {
			return err
		}
		w.b.WriteString(",")
	}
	if v.Len() > 0 {
		w.b.WriteString("\n")
	}
	w.b.WriteString("}")
	return nil
}

// fields writes a struct literal of the fields encoding/json would keep,
// leaving out the zero ones.
func (w *writer) fields(v reflect.Value, at string) error {
	t, err := w.typ(v.Type(), at)
	if err != nil {
		return err
	}
	w.b.WriteString(t + "{")
	n := 0
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if !f.IsExported() || f.Tag.Get("json") == "-" || v.Field(i).IsZero() {
			continue
		}
		w.b.WriteString("\n" + f.Name + ": ")
		if err := w.value(v.Field(i), at+"."+f.Name); err != nil {
			return err
		}
		w.b.WriteString(",")
		n++
	}
	if n > 0 {
		w.b.WriteString("\n")
	}
	w.b.WriteString("}")
	return nil
}

// time writes a time.Time in UTC as a call of time.Date (which the
// program runs at start: a time has no literal).
func (w *writer) time(t time.Time, at string) error {
	if t.Location() != time.UTC {
		return fmt.Errorf("golit: %s: time %v is not in UTC", at, t)
	}
	w.imports["time"] = "time"
	fmt.Fprintf(&w.b, "time.Date(%d, %d, %d, %d, %d, %d, %d, time.UTC)",
		t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	return nil
}
