package wasmpack

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
)

// errTruncated is a read past the end of the module or section.
var errTruncated = errors.New("truncated")

// reader reads the module's encoding from b at i. The first error sticks:
// every read after it returns zero, so a caller checks err once.
type reader struct {
	b   []byte
	i   int
	err error
}

func (r *reader) byte() byte {
	if r.err != nil {
		return 0
	}
	if r.i >= len(r.b) {
		r.err = errTruncated
		return 0
	}
	c := r.b[r.i]
	r.i++
	return c
}

// take returns the next n bytes.
func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b)-r.i {
		r.err = fmt.Errorf("%w: %d bytes wanted at byte %d, %d left", errTruncated, n, r.i, len(r.b)-r.i)
		return nil
	}
	p := r.b[r.i : r.i+n]
	r.i += n
	return p
}

// uleb reads an unsigned LEB128 number of at most 32 bits, as every size
// and count in a module is.
func (r *reader) uleb() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.i:])
	switch {
	case n == 0:
		r.err = errTruncated
		return 0
	case n < 0 || n > 5 || v > 1<<32-1:
		r.err = fmt.Errorf("bad unsigned LEB128 number at byte %d", r.i)
		return 0
	}
	r.i += n
	return v
}

// sleb32 reads a signed LEB128 number of at most 32 bits.
func (r *reader) sleb32() int32 {
	var v int64
	var shift uint
	for k := 0; k < 5; k++ {
		c := r.byte()
		if r.err != nil {
			return 0
		}
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if c&0x40 != 0 {
				v |= -1 << shift
			}
			if v < -1<<31 || v > 1<<31-1 {
				break
			}
			return int32(v)
		}
	}
	r.err = fmt.Errorf("bad signed LEB128 number before byte %d", r.i)
	return 0
}

func putUleb(b *bytes.Buffer, v uint64) {
	var t [binary.MaxVarintLen64]byte
	b.Write(t[:binary.PutUvarint(t[:], v)])
}

func putSleb(b *bytes.Buffer, v int64) {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			b.WriteByte(c)
			return
		}
		b.WriteByte(c | 0x80)
	}
}
