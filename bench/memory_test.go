package bench

import (
	"runtime"
	"runtime/metrics"
	"time"
)

// heapMetrics together are the heap's in-use bytes (runtime.MemStats
// HeapInuse): live and not yet swept objects, plus free space in spans
// that hold objects.
var heapMetrics = []string{"/memory/classes/heap/objects:bytes", "/memory/classes/heap/unused:bytes"}

// peakHeap samples the heap in use every few milliseconds in the
// background. runtime/metrics reads it without stopping the world, so the
// sampling barely disturbs the run it measures.
type peakHeap struct {
	stop, done chan struct{}
	peak, base uint64
}

func heapInUse(s []metrics.Sample) uint64 {
	metrics.Read(s)
	var n uint64
	for _, x := range s {
		if x.Value.Kind() == metrics.KindUint64 {
			n += x.Value.Uint64()
		}
	}
	return n
}

// startPeakHeap collects garbage first, so that the base is what the
// process holds before the run (the corpus, the rules).
func startPeakHeap() *peakHeap {
	runtime.GC()
	p := &peakHeap{stop: make(chan struct{}), done: make(chan struct{})}
	s := make([]metrics.Sample, len(heapMetrics))
	for i, name := range heapMetrics {
		s[i].Name = name
	}
	p.base = heapInUse(s)
	p.peak = p.base
	go func() {
		defer close(p.done)
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			p.peak = max(p.peak, heapInUse(s))
			select {
			case <-p.stop:
				return
			case <-t.C:
			}
		}
	}()
	return p
}

// Stop ends sampling and returns the peak and the base, in MB.
func (p *peakHeap) Stop() (peak, base float64) {
	close(p.stop)
	<-p.done
	return float64(p.peak) / 1e6, float64(p.base) / 1e6
}
