//go:build linux

package bench

import "syscall"

// maxRSS is the process's largest resident set so far, in MB, or -1.
// It never goes down: it covers everything the process did before too.
func maxRSS() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return -1
	}
	return float64(ru.Maxrss) * 1024 / 1e6 // Linux reports kilobytes
}
