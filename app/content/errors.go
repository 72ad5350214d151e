package content

import (
	"errors"
	"fmt"
)

// Problems Parse reports. They are wrapped in a *ParseError, so test for
// them with errors.Is.
var (
	ErrBadName     = errors.New("file name does not end in .txt")
	ErrNoName      = errors.New("file name has nothing before .txt")
	ErrEmpty       = errors.New("file is empty")
	ErrInvalidUTF8 = errors.New("not valid UTF-8")
	ErrNoParagraph = errors.New("no paragraph (only headings/boilerplate)")
)

// ParseError is the error Parse returns. Its message starts with the file
// name, then names the problem, e.g.
// "x.txt: not valid UTF-8 at line 3, byte offset 57".
type ParseError struct {
	File string
	Err  error // one of the Err* values
	// Line (1-based) and Offset (0-based byte offset from the start of the
	// file) locate the problem; Line is 0 when there is no position.
	Line   int
	Offset int
}

func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s: %v at line %d, byte offset %d", e.File, e.Err, e.Line, e.Offset)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

// Unwrap returns the underlying problem.
func (e *ParseError) Unwrap() error { return e.Err }
