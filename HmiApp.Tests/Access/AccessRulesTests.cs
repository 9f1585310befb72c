using HmiApp.Access;
using HmiApp.Domain.Access;

namespace HmiApp.Tests.Access;

public sealed class AccessRulesTests
{
    [Theory]
    [InlineData(HmiRoles.Admin, HmiRoles.Viewer, true)]
    [InlineData(HmiRoles.Engineer, HmiRoles.Operator, true)]
    [InlineData(HmiRoles.Operator, HmiRoles.Operator, true)]
    [InlineData(HmiRoles.Operator, HmiRoles.Engineer, false)]
    [InlineData(HmiRoles.Viewer, HmiRoles.Operator, false)]
    [InlineData(HmiRoles.Kiosk, HmiRoles.Viewer, false)]
    [InlineData("Root", HmiRoles.Viewer, false)]
    public void Roles_include_every_role_below_them_and_a_kiosk_none(string role, string minimum, bool included) =>
        Assert.Equal(included, HmiRoles.AtLeast(minimum).Contains(role));

    [Fact]
    public void Each_policy_admits_its_role_and_those_above()
    {
        Assert.Equal([HmiRoles.Operator, HmiRoles.Engineer, HmiRoles.Admin], HmiRoles.AtLeast(HmiPolicies.MinimumRole(HmiPolicies.Operate)));
        Assert.Equal([HmiRoles.Admin], HmiRoles.AtLeast(HmiPolicies.MinimumRole(HmiPolicies.Administer)));
        Assert.Contains("'Setpoints' is not an HMI policy", Assert.Throws<ArgumentException>(() => HmiPolicies.MinimumRole("Setpoints")).Message);
    }

    [Theory]
    [InlineData("/wells?x=1", "/wells?x=1")]
    [InlineData("/", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/redirect?to=https://evil.example", "/")]
    [InlineData(null, "/")]
    public void Return_addresses_stay_on_the_site(string? url, string expected) => Assert.Equal(expected, LocalUrl.OrHome(url));

    [Fact]
    public void The_initial_admin_must_come_with_a_password_that_meets_the_rules()
    {
        var validator = new AccessOptionsValidator();

        Assert.True(validator.Validate(null, new AccessOptions()).Succeeded);
        Assert.True(validator.Validate(null, Admin("chief", "Chief-Engineer-1")).Succeeded);
        var weak = validator.Validate(null, Admin("chief", "password"));
        Assert.Contains("Access:InitialAdmin:Password does not meet the password rules: it needs at least 12 characters (it has 8), a digit, an upper-case letter", weak.FailureMessage);
        Assert.Contains("Access:InitialAdmin:Password is empty", validator.Validate(null, Admin("chief", null)).FailureMessage);
        Assert.Contains("Access:InitialAdmin:UserName is empty", validator.Validate(null, Admin(" ", "Chief-Engineer-1")).FailureMessage);
        Assert.Contains("Access:KioskUnlockDuration is 00:00:00", validator.Validate(null, new AccessOptions { KioskUnlockDuration = TimeSpan.Zero }).FailureMessage);
    }

    private static AccessOptions Admin(string? userName, string? password) => new() { InitialAdmin = new InitialAdminOptions { UserName = userName, Password = password } };
}
