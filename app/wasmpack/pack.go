// Package wasmpack rewrites the data section of a WebAssembly module that
// Go's linker wrote, so that it costs less to download and to start.
//
// Go's linker leaves out every run of eight or more zero bytes from the
// module's data, starting a new data segment after each (the break-even
// point for the raw size). A go-app wasm ends up with 75,000 segments for
// a hello world and 100,000 (the linker's cap) for ours. Each segment has
// a header of about six bytes (an offset and a length) that compresses
// badly, and the browser decodes and copies every segment on the main
// thread before the program can start. Pack merges the segments whose gap
// is at most a given number of bytes, writing the zeros of the gap
// instead: the zeros cost brotli almost nothing, and the memory the module
// starts with is byte for byte the same.
//
// The package does not import go-app; make build runs it on our wasm (in
// the site build) and on the hello-world floor make bench compares it
// with, so that both are built the same way.
package wasmpack

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// DefaultGap is the largest gap, in bytes, that Pack fills with zeros by
// default. Measured on our wasm with brotli 11: Go's 100,000 segments
// (gaps of 8 bytes or more left out) give 1,733,301 bytes; filling gaps up
// to 16 bytes 1,711,913 (93,790 segments); up to 64, 1,626,536 (51); up to
// 256, 1,624,787 (5); filling every gap, 1,624,818 (1). The raw module
// grows by about 1 MB of zeros, which the browser wrote into memory anyway.
const DefaultGap = 256

// Stats says what Pack did.
type Stats struct {
	SegmentsBefore, SegmentsAfter int
	// ZerosAdded is how many zero bytes of gaps the merged segments now
	// hold.
	ZerosAdded int
}

// sectionData is the id of the data section.
const sectionData = 11

// Pack returns module with its data segments merged where the gap between
// two is at most gap bytes, and what it did. The other sections are copied
// as they are. It accepts only what Go's linker writes: active segments
// of memory 0 at constant i32 offsets, not overlapping; anything else is
// an error that says what and where.
func Pack(module []byte, gap int) ([]byte, Stats, error) {
	var st Stats
	if gap < 0 {
		return nil, st, fmt.Errorf("wasmpack: negative gap %d", gap)
	}
	if len(module) < 8 || !bytes.Equal(module[:4], []byte("\x00asm")) {
		return nil, st, errors.New("wasmpack: not a WebAssembly module (no \\0asm header)")
	}
	if v := binary.LittleEndian.Uint32(module[4:8]); v != 1 {
		return nil, st, fmt.Errorf("wasmpack: WebAssembly version %d, want 1", v)
	}
	out := bytes.NewBuffer(make([]byte, 0, len(module)+len(module)/8))
	out.Write(module[:8])
	seen := false
	for r := (reader{b: module, i: 8}); r.i < len(module); {
		start := r.i
		id := r.byte()
		size := r.uleb()
		body := r.take(int(size))
		if r.err != nil {
			return nil, st, fmt.Errorf("wasmpack: section at byte %d: %w", start, r.err)
		}
		if id != sectionData {
			out.Write(module[start:r.i])
			continue
		}
		if seen {
			return nil, st, errors.New("wasmpack: two data sections")
		}
		seen = true
		segs, err := decodeData(body)
		if err != nil {
			return nil, st, fmt.Errorf("wasmpack: data section at byte %d: %w", start, err)
		}
		merged, zeros, err := merge(segs, gap)
		if err != nil {
			return nil, st, fmt.Errorf("wasmpack: data section at byte %d: %w", start, err)
		}
		st = Stats{SegmentsBefore: len(segs), SegmentsAfter: len(merged), ZerosAdded: zeros}
		sec := encodeData(merged)
		out.WriteByte(sectionData)
		putUleb(out, uint64(len(sec)))
		out.Write(sec)
	}
	return out.Bytes(), st, nil
}

// segment is an active data segment: data written at offset.
type segment struct {
	offset uint32
	data   []byte
}

func (s segment) end() uint64 { return uint64(s.offset) + uint64(len(s.data)) }

// decodeData reads the segments of a data section's body.
func decodeData(body []byte) ([]segment, error) {
	r := reader{b: body}
	n := r.uleb()
	var segs []segment
	for k := uint64(0); k < n && r.err == nil; k++ {
		at := r.i
		if flags := r.uleb(); r.err == nil && flags != 0 {
			return nil, fmt.Errorf("segment %d (byte %d): flags %d: only active segments of memory 0 are handled", k, at, flags)
		}
		if op := r.byte(); r.err == nil && op != 0x41 {
			return nil, fmt.Errorf("segment %d (byte %d): offset is not an i32.const", k, at)
		}
		off := r.sleb32()
		if end := r.byte(); r.err == nil && end != 0x0b {
			return nil, fmt.Errorf("segment %d (byte %d): offset expression is not a single i32.const", k, at)
		}
		size := r.uleb()
		data := r.take(int(size))
		if r.err != nil {
			break
		}
		if off < 0 {
			return nil, fmt.Errorf("segment %d (byte %d): negative offset %d", k, at, off)
		}
		segs = append(segs, segment{offset: uint32(off), data: data})
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.i != len(body) {
		return nil, fmt.Errorf("%d bytes after the last segment", len(body)-r.i)
	}
	return segs, nil
}

// merge sorts segs by offset and joins each to the one before it when the
// gap between them is at most gap bytes, filling it with zeros. It
// returns the segments and how many zeros it added.
func merge(segs []segment, gap int) ([]segment, int, error) {
	segs = append([]segment(nil), segs...)
	sort.SliceStable(segs, func(i, j int) bool { return segs[i].offset < segs[j].offset })
	var out []segment
	zeros := 0
	for _, s := range segs {
		if len(out) == 0 {
			out = append(out, segment{offset: s.offset, data: append([]byte(nil), s.data...)})
			continue
		}
		last := &out[len(out)-1]
		if uint64(s.offset) < last.end() {
			return nil, 0, fmt.Errorf("segments overlap: [%d, %d) and one at %d", last.offset, last.end(), s.offset)
		}
		if d := uint64(s.offset) - last.end(); d <= uint64(gap) {
			last.data = append(last.data, make([]byte, d)...)
			last.data = append(last.data, s.data...)
			zeros += int(d)
			continue
		}
		out = append(out, segment{offset: s.offset, data: append([]byte(nil), s.data...)})
	}
	return out, zeros, nil
}

// encodeData writes the body of a data section holding segs.
func encodeData(segs []segment) []byte {
	var b bytes.Buffer
	putUleb(&b, uint64(len(segs)))
	for _, s := range segs {
		b.WriteByte(0)    // active, memory 0
		b.WriteByte(0x41) // i32.const
		putSleb(&b, int64(int32(s.offset)))
		b.WriteByte(0x0b) // end
		putUleb(&b, uint64(len(s.data)))
		b.Write(s.data)
	}
	return b.Bytes()
}
