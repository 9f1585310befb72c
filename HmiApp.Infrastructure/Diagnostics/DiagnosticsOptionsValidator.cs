using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Diagnostics;

internal sealed class DiagnosticsOptionsValidator : IValidateOptions<DiagnosticsOptions>
{
    public ValidateOptionsResult Validate(string? name, DiagnosticsOptions options)
    {
        const string s = DiagnosticsOptions.SectionName;
        var failures = new List<string>();
        if (options.WindowLength < TimeSpan.FromSeconds(1) || options.WindowLength > TimeSpan.FromHours(1))
        {
            failures.Add($"{s}:WindowLength is {options.WindowLength}; set it between 00:00:01 and 01:00:00, e.g. 00:01:00.");
        }

        if (options.EvaluationPeriod < TimeSpan.FromMilliseconds(100) || options.EvaluationPeriod > options.WindowLength)
        {
            failures.Add($"{s}:EvaluationPeriod is {options.EvaluationPeriod}; set it between 00:00:00.100 and the window length ({options.WindowLength}), e.g. 00:00:10.");
        }

        if (options.ConfirmEvaluations is < 1 or > 10)
        {
            failures.Add($"{s}:ConfirmEvaluations is {options.ConfirmEvaluations}; set 1 (announce at once) to 10.");
        }

        if (options.BaselineSettleTime < TimeSpan.Zero)
        {
            failures.Add($"{s}:BaselineSettleTime is {options.BaselineSettleTime}; it must not be negative, e.g. 00:10:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
