package budget

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	write := func(t *testing.T, dir, name string, n int) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), make([]byte, n), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name    string
		files   map[string]int
		budget  int64
		want    int64
		wantErr string // "" for no error
	}{
		{"under", map[string]int{"app.abc.wasm.br": 90, "app.abc.wasm": 500}, 100, 90, ""},
		{"at the budget", map[string]int{"app.abc.wasm.br": 100}, 100, 100, ""},
		{"over", map[string]int{"app.abc.wasm.br": 101}, 100, 101, "over the budget of 100 by 1 bytes"},
		{"missing", map[string]int{"app.abc.wasm": 50, "app.abc.wasm.gz": 60}, 100, 0, "no app.*.wasm.br"},
		{"two builds", map[string]int{"app.abc.wasm.br": 1, "app.def.wasm.br": 1}, 100, 0, "2 files match"},
		{"empty", map[string]int{"app.abc.wasm.br": 0}, 100, 0, "is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, n := range tt.files {
				write(t, dir, name, n)
			}
			got, err := Check(dir, tt.budget)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("Check: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("Check error %v, want one containing %q", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("size %d, want %d", got, tt.want)
			}
		})
	}
	if _, err := Check(filepath.Join(t.TempDir(), "nope"), 100); err == nil {
		t.Error("Check of a missing directory passed")
	}
}
