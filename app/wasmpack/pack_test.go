package wasmpack

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// module builds a module: a type section, the data section whose body is
// data, and a custom section, so a test sees that the others are copied.
func module(data []byte) []byte {
	var b bytes.Buffer
	b.WriteString("\x00asm\x01\x00\x00\x00")
	section(&b, 1, []byte{1, 0x60, 0, 0}) // one type: func() -> ()
	section(&b, sectionData, data)
	section(&b, 0, []byte("\x04namex"))
	return b.Bytes()
}

func section(b *bytes.Buffer, id byte, body []byte) {
	b.WriteByte(id)
	putUleb(b, uint64(len(body)))
	b.Write(body)
}

// dataOf encodes segments as Go's linker does.
func dataOf(segs ...segment) []byte { return encodeData(segs) }

func seg(off uint32, data string) segment { return segment{offset: off, data: []byte(data)} }

// memory is what a module's data segments write into a zeroed memory.
func memory(t *testing.T, mod []byte) []byte {
	t.Helper()
	var mem []byte
	for _, s := range dataSegments(t, mod) {
		if end := int(s.end()); end > len(mem) {
			mem = append(mem, make([]byte, end-len(mem))...)
		}
		copy(mem[s.offset:], s.data)
	}
	return mem
}

func dataSegments(t *testing.T, mod []byte) []segment {
	t.Helper()
	r := reader{b: mod, i: 8}
	for r.i < len(mod) {
		id, size := r.byte(), r.uleb()
		body := r.take(int(size))
		if r.err != nil {
			t.Fatal(r.err)
		}
		if id == sectionData {
			segs, err := decodeData(body)
			if err != nil {
				t.Fatal(err)
			}
			return segs
		}
	}
	t.Fatal("no data section")
	return nil
}

func TestPack(t *testing.T) {
	for _, tc := range []struct {
		name    string
		segs    []segment
		gap     int
		offsets []uint32 // of the segments written
		zeros   int
	}{
		{"gaps at most gap are filled", []segment{seg(100, "ab"), seg(110, "cd"), seg(120, "ef")}, 8, []uint32{100}, 16},
		{"a gap one byte over stays", []segment{seg(100, "ab"), seg(111, "cd")}, 8, []uint32{100, 111}, 0},
		{"gap 0 joins only touching segments", []segment{seg(0, "ab"), seg(2, "cd"), seg(5, "e")}, 0, []uint32{0, 5}, 0},
		{"out of order in the file", []segment{seg(300, "z"), seg(100, "ab"), seg(104, "cd")}, 8, []uint32{100, 300}, 2},
		{"offsets past 2^21 (multi-byte LEB128)", []segment{seg(3<<21, "x"), seg(3<<21+40, "y")}, 256, []uint32{3 << 21}, 39},
		{"one segment", []segment{seg(7, "only")}, 256, []uint32{7}, 0},
		{"no segments", nil, 256, nil, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := module(dataOf(tc.segs...))
			out, st, err := Pack(in, tc.gap)
			if err != nil {
				t.Fatal(err)
			}
			var offsets []uint32
			for _, s := range dataSegments(t, out) {
				offsets = append(offsets, s.offset)
			}
			if !slices.Equal(offsets, tc.offsets) {
				t.Errorf("segments at %v, want %v", offsets, tc.offsets)
			}
			if want := (Stats{len(tc.segs), len(tc.offsets), tc.zeros}); st != want {
				t.Errorf("stats %+v, want %+v", st, want)
			}
			if !bytes.Equal(memory(t, out), memory(t, in)) {
				t.Errorf("memory differs:\n got %q\nwant %q", memory(t, out), memory(t, in))
			}
			// The sections around the data section are copied as they are.
			if !bytes.HasPrefix(out, in[:8+2+4]) || !bytes.HasSuffix(out, in[len(in)-8:]) {
				t.Errorf("other sections changed:\n got %x\nwant %x", out, in)
			}
		})
	}
}

func TestPackWithoutDataSection(t *testing.T) {
	in := []byte("\x00asm\x01\x00\x00\x00\x01\x04\x01\x60\x00\x00")
	out, st, err := Pack(in, 8)
	if err != nil || !bytes.Equal(out, in) || st != (Stats{}) {
		t.Errorf("Pack = %x, %+v, %v; want the module unchanged", out, st, err)
	}
}

func TestPackErrors(t *testing.T) {
	good := dataOf(seg(16, "ab"))
	for _, tc := range []struct {
		name, want string
		mod        []byte
		gap        int
	}{
		{"not wasm", "not a WebAssembly module", []byte("\x7fELF\x02\x01\x01\x00"), 8},
		{"short", "not a WebAssembly module", []byte("\x00as"), 8},
		{"version 2", "version 2", []byte("\x00asm\x02\x00\x00\x00"), 8},
		{"negative gap", "negative gap", module(good), -1},
		{"section past the end", "section at byte 8: truncated", []byte("\x00asm\x01\x00\x00\x00\x0b\x10\x01"), 8},
		{"passive segment", "segment 0 (byte 1): flags 1", module([]byte{1, 1, 2, 'a', 'b'}), 8},
		{"offset from a global", "offset is not an i32.const", module([]byte{1, 0, 0x23, 0, 0x0b, 1, 'a'}), 8},
		{"longer offset expression", "not a single i32.const", module([]byte{1, 0, 0x41, 1, 0x41, 0x0b, 1, 'a'}), 8},
		{"negative offset", "negative offset -1", module([]byte{1, 0, 0x41, 0x7f, 0x0b, 1, 'a'}), 8},
		{"segment past the section", "truncated", module([]byte{1, 0, 0x41, 0, 0x0b, 9, 'a'}), 8},
		{"bytes after the segments", "1 bytes after the last segment", module(append(append([]byte(nil), good...), 0)), 8},
		{"overlap", "segments overlap: [16, 20)", module(dataOf(seg(16, "abcd"), seg(18, "x"))), 8},
		{"two data sections", "two data sections", append(module(good), 11, byte(len(good))), 8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "two data sections" {
				tc.mod = append(tc.mod, good...)
			}
			_, _, err := Pack(tc.mod, tc.gap)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}
