package reports

import (
	"bufio"
	"bytes"
	"encoding"
	"encoding/json"
	"io"
	"reflect"
	"strings"
)

// streamJSON writes v as json.Encoder does with SetIndent("", "  ") and
// SetEscapeHTML(false), byte for byte, but a struct field or a slice
// element at a time: encoding/json builds the whole text in memory, and
// then an indented copy of it, before writing a byte — at 100,000
// interviews the report's saturation curve alone is tens of megabytes.
// Values it does not walk (maps, values with their own MarshalJSON or
// MarshalText, structs with embedded fields) are encoded whole, as
// encoding/json would.
func streamJSON(w io.Writer, v any) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	s := &jsonStreamer{w: bw}
	s.value(reflect.ValueOf(v), 0)
	if s.err == nil {
		_, s.err = bw.WriteString("\n")
	}
	if s.err == nil {
		s.err = bw.Flush()
	}
	return s.err
}

// jsonStreamer holds the writer and the first error, so that the walk
// reads as the JSON it writes.
type jsonStreamer struct {
	w   *bufio.Writer
	err error
	buf bytes.Buffer
	// names are the field names already encoded: a report writes the same
	// few names once per point of its curves and cells of its tables.
	names map[string]string
}

var (
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
)

func (s *jsonStreamer) write(str string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(str)
	}
}

// value writes v at nesting depth (its indentation in steps of two spaces).
func (s *jsonStreamer) value(v reflect.Value, depth int) {
	if s.err != nil {
		return
	}
	if !v.IsValid() {
		s.write("null")
		return
	}
	if v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		if v.IsNil() {
			s.write("null")
			return
		}
		if !ownEncoding(v.Type()) {
			s.value(v.Elem(), depth)
			return
		}
	}
	switch {
	case ownEncoding(v.Type()):
		s.whole(v, depth)
	case v.Kind() == reflect.Struct && walkable(v.Type()):
		s.object(v, depth)
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() != reflect.Uint8 && !v.IsNil():
		s.array(v, depth)
	default:
		s.whole(v, depth)
	}
}

// ownEncoding reports whether t (or a pointer to it) encodes itself.
func ownEncoding(t reflect.Type) bool {
	return t.Implements(jsonMarshaler) || t.Implements(textMarshaler) ||
		t.Kind() != reflect.Pointer && (reflect.PointerTo(t).Implements(jsonMarshaler) || reflect.PointerTo(t).Implements(textMarshaler))
}

// walkable reports whether the struct's fields can be written one by one:
// no embedded field, whose promotion rules encoding/json alone applies,
// and no option but omitempty in the fields' tags.
func walkable(t reflect.Type) bool {
	for i := range t.NumField() {
		f := t.Field(i)
		_, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous || opts != "" && opts != "omitempty" {
			return false
		}
	}
	return true
}

// whole writes v as encoding/json encodes it, indented for depth.
func (s *jsonStreamer) whole(v reflect.Value, depth int) {
	if text, ok := s.encode(v, depth); ok {
		s.write(text)
	}
}

// encode returns v as encoding/json encodes it, indented for depth, or
// records the error.
func (s *jsonStreamer) encode(v reflect.Value, depth int) (string, bool) {
	s.buf.Reset()
	enc := json.NewEncoder(&s.buf)
	enc.SetIndent(strings.Repeat("  ", depth), "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v.Interface()); err != nil {
		s.err = err
		return "", false
	}
	return strings.TrimSuffix(s.buf.String(), "\n"), true
}

func (s *jsonStreamer) array(v reflect.Value, depth int) {
	if v.Len() == 0 {
		s.write("[]")
		return
	}
	inner := "\n" + strings.Repeat("  ", depth+1)
	s.write("[")
	for i := range v.Len() {
		if i > 0 {
			s.write(",")
		}
		s.write(inner)
		s.value(v.Index(i), depth+1)
	}
	s.write("\n" + strings.Repeat("  ", depth) + "]")
}

func (s *jsonStreamer) object(v reflect.Value, depth int) {
	t := v.Type()
	inner := "\n" + strings.Repeat("  ", depth+1)
	n := 0
	for i := range t.NumField() {
		f := t.Field(i)
		name, omitEmpty, ok := jsonField(f)
		if !ok || omitEmpty && emptyJSON(v.Field(i)) {
			continue
		}
		if n == 0 {
			s.write("{")
		} else {
			s.write(",")
		}
		n++
		s.write(inner)
		s.write(s.quoted(name))
		s.write(": ")
		s.value(v.Field(i), depth+1)
	}
	if n == 0 {
		s.write("{}")
		return
	}
	s.write("\n" + strings.Repeat("  ", depth) + "}")
}

// quoted returns name as encoding/json writes it, encoding each name once.
func (s *jsonStreamer) quoted(name string) string {
	if q, ok := s.names[name]; ok {
		return q
	}
	q, _ := s.encode(reflect.ValueOf(name), 0) // a string always encodes
	if s.names == nil {
		s.names = map[string]string{}
	}
	s.names[name] = q
	return q
}

// jsonField returns the name encoding/json gives an exported field of a
// walkable struct and whether it is omitted when empty; ok is false for
// fields it skips.
func jsonField(f reflect.StructField) (name string, omitEmpty, ok bool) {
	if !f.IsExported() {
		return "", false, false
	}
	tag := f.Tag.Get("json")
	if tag == "-" {
		return "", false, false
	}
	name, opts, _ := strings.Cut(tag, ",")
	if name == "" {
		name = f.Name
	}
	return name, opts == "omitempty", true
}

// emptyJSON is encoding/json's notion of an empty value for omitempty.
func emptyJSON(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}
