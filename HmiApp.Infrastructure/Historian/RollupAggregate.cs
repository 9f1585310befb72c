namespace HmiApp.Infrastructure.Historian;

/// <summary>Min, max (with their times), sum, count and last of the valued samples of one bucket.</summary>
public struct RollupAggregate
{
    public double Min;
    public long MinTime;
    public double Max;
    public long MaxTime;
    public double Sum;
    public long Count;
    public double Last;
    public long LastTime;

    public void Add(long time, double value)
    {
        if (Count == 0 || value < Min)
        {
            Min = value;
            MinTime = time;
        }

        if (Count == 0 || value > Max)
        {
            Max = value;
            MaxTime = time;
        }

        if (Count == 0 || time >= LastTime)
        {
            Last = value;
            LastTime = time;
        }

        Sum += value;
        Count++;
    }
}
