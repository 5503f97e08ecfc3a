// The statistics of the benchmark harness (bench/lib.mjs): what every reported figure rests on.
// No timing is asserted: only the arithmetic and the order of contenders.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { interleave, median, ratios, rotate, summary } from '../../bench/lib.mjs'

const samples = fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 50 })

describe('median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([7])).toBe(7)
  })

  it('lies between min and max, ignores order and leaves its input alone', () => {
    fc.assert(
      fc.property(samples, (values) => {
        const copy = [...values]
        const m = median(values)
        expect(m).toBeGreaterThanOrEqual(Math.min(...values))
        expect(m).toBeLessThanOrEqual(Math.max(...values))
        expect(median([...values].reverse())).toBe(m)
        expect(values).toEqual(copy)
      }),
    )
  })

  it('has as many values at or below it as at or above it', () => {
    fc.assert(
      fc.property(samples, (values) => {
        const m = median(values)
        expect(values.filter((v) => v <= m).length).toBeGreaterThanOrEqual(Math.ceil(values.length / 2))
        expect(values.filter((v) => v >= m).length).toBeGreaterThanOrEqual(Math.ceil(values.length / 2))
      }),
    )
  })
})

describe('rotate', () => {
  it('puts every contender first exactly once over as many repetitions as contenders', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 100 }), (list, start) => {
        const firsts = list.map((_, i) => rotate(list, start + i)[0])
        expect(new Set(firsts).size).toBe(list.length)
        for (let i = 0; i < list.length; i++) expect([...rotate(list, start + i)].sort()).toEqual([...list].sort())
      }),
    )
  })
})

describe('interleave and ratios', () => {
  it('runs each contender once per repetition in the rotated order, and pairs ratios within a repetition', async () => {
    const calls: string[] = []
    const records = await interleave(3, ['a', 'b', 'c'], async (who, r) => {
      calls.push(who)
      return who === 'a' ? 10 * (r + 1) : 5 * (r + 1)
    })
    expect(calls).toEqual(['a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b'])
    // Paired: a/b is 2 in every repetition although both drift from one repetition to the next.
    expect(ratios(records, (x) => x['a']!, (x) => x['b']!)).toEqual([2, 2, 2])
  })
})

describe('summary', () => {
  it('gives the median with the range and a unit', () => {
    expect(summary([1, 5, 2], 1, '×')).toBe('2.0× (1.0–5.0)')
  })
})
