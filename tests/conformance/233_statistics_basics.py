# pins: statistics mean/fmean/median/median_low/high/mode/stdev/pstdev/quantiles on latencies measured on the virtual clock
import asyncio
import random
import statistics


async def request(i):
    start = asyncio.get_running_loop().time()
    await asyncio.sleep(random.choice([0.1, 0.2, 0.2, 0.5, 1.0]))
    return round(asyncio.get_running_loop().time() - start, 3)


async def main():
    lat = await asyncio.gather(*(request(i) for i in range(12)))
    print(lat)
    print("mean", statistics.mean(lat), "fmean", statistics.fmean(lat))
    print("median", statistics.median(lat), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
    print("mode", statistics.mode(lat), statistics.multimode([1, 1, 2, 2, 3]))
    print("stdev", statistics.stdev(lat), "pstdev", statistics.pstdev(lat))
    print("quartiles", statistics.quantiles(lat, n=4))
    print("deciles", statistics.quantiles(range(1, 11), n=10))
    print(statistics.mean([1, 2, 3, 4]), statistics.mean([1.5, 2.5]), statistics.variance([2, 4, 4, 4, 5, 5, 7, 9]))
    try:
        statistics.mean([])
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)


asyncio.run(main())
