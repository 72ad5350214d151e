// Command app is Partner Track Explorer. Compiled with GOOS=js GOARCH=wasm
// it is the client that runs in the browser; compiled for the host it is
// the build that prerenders every page into a static site (see build.go).
// The build parses the seeds and derives every section (package corpus);
// the client gets them compiled in as static data (client.go).
package main

import (
	"fmt"
	"os"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

func main() {
	if app.IsClient {
		runClient()
		return
	}
	if err := build(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "build failed:", err)
		os.Exit(1)
	}
}
