namespace HmiApp.Infrastructure.Acquisition.Files;

public enum PointMapFormat
{
    Csv,
    Yaml,
    Json,
}
