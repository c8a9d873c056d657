package analysis

import (
	"context"
	"runtime"
	"sync"
)

// The few ways analysis spreads work over the machine's cores, in one
// place: a loop over indices, independent functions at once, and a pool
// that bounds how many tasks run at a time.

// firstError returns the first error of errs (nil if none): concurrent
// fits cancelled together would otherwise report the same error many times.
func firstError(errs []error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// all runs the functions at once and returns the first error.
func all(fns ...func() error) error {
	errs := make([]error, len(fns))
	var wg sync.WaitGroup
	for i, fn := range fns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = fn()
		}()
	}
	wg.Wait()
	return firstError(errs)
}

// parallel calls fn(0) to fn(n-1) on every core, stopping at the first
// error or when ctx is done.
func parallel(ctx context.Context, n int, fn func(i int) error) error {
	workers := runtime.GOMAXPROCS(0)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				if err := ctx.Err(); err != nil {
					errs[w] = err
					return
				}
				if err := fn(i); err != nil {
					errs[w] = err
					return
				}
			}
		}()
	}
	wg.Wait()
	return firstError(errs)
}

// fitPool bounds the tasks (fits, or codes in training) running at once.
type fitPool chan struct{}

func newFitPool() fitPool { return make(fitPool, runtime.GOMAXPROCS(0)) }

// run runs fn when a core is free: fn makes its examples then, so that
// waiting fits hold nothing.
func (p fitPool) run(ctx context.Context, fn func() error) error {
	select {
	case p <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-p }()
	return fn()
}

// start runs fn in the background as soon as a core is free, waiting for
// the core here, so that fn runs ahead of the tasks asked for after it;
// the channel gives fn's error.
func (p fitPool) start(ctx context.Context, fn func() error) <-chan error {
	done := make(chan error, 1)
	select {
	case p <- struct{}{}:
	case <-ctx.Done():
		done <- ctx.Err()
		return done
	}
	go func() {
		defer func() { <-p }()
		done <- fn()
	}()
	return done
}
