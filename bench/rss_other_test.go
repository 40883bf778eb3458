//go:build !linux

package bench

// maxRSS is not measured off Linux: getrusage reports different units on
// each system.
func maxRSS() float64 { return -1 }
