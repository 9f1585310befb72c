using HmiApp.Audit;
using HmiApp.Domain.Audit;

namespace HmiApp.Tests.Audit;

public sealed class AuditCsvTests
{
    [Fact]
    public void Fields_are_quoted_as_rfc_4180_and_formulas_are_defused()
    {
        var entry = new AuditEntry(7, new DateTimeOffset(2026, 11, 22, 6, 30, 0, TimeSpan.Zero), "olga", "10.0.0.5", "user", "change-role",
            "zone \"north\", floor 2", "=HYPERLINK(\"x\")", "Operator", AuditOutcome.Success, "line one\nline two");

        var csv = AuditCsv.Write([entry]);

        Assert.Equal(
            AuditCsv.Header + "\r\n" +
            "7,2026-11-22T06:30:00.000Z,olga,10.0.0.5,user,change-role,\"zone \"\"north\"\", floor 2\",\"'=HYPERLINK(\"\"x\"\")\",Operator,Success,\"line one\nline two\"\r\n",
            csv);
    }
}
