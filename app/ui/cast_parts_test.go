package ui

import (
	"hash/fnv"
	"testing"
)

// TestAvatarClassIsFNV: the avatar colours are those hash/fnv's FNV-1a
// picks, which avatarClass computes itself.
func TestAvatarClassIsFNV(t *testing.T) {
	for _, name := range []string{"", "Arden Cho", "Dominic Sherwood", "Lena Ahn", "Zoë"} {
		h := fnv.New32a()
		h.Write([]byte(name))
		want := "avatar avatar-s avatar-c" + itoa(int(h.Sum32()%avatarColors))
		if got := avatarClass(name, "s"); got != want {
			t.Errorf("avatarClass(%q) = %q, want %q", name, got, want)
		}
	}
}
