// The standard PAC functions, evaluated before every PAC script in the same global scope. They
// follow Mozilla's netwerk/base/ascii_pac_utils.js, so a script behaves here as it does in Firefox;
// where this file differs on purpose, a comment says why. dnsResolve and myIpAddress are the only
// natives (PacNatives in C++): everything else is plain JavaScript with no access to anything.

function dnsResolve(host) {
    var address = __cloudcheckPac.dnsResolve(String(host));
    return address === "" ? null : address;
}

function myIpAddress() {
    return __cloudcheckPac.myIpAddress();
}

function alert(message) {
    // Firefox writes it to the browser console; nobody reads a helper's console, so it is dropped.
}

function isValidIpAddress(ipchars) {
    var matches = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ipchars);
    if (matches == null)
        return false;
    return matches[1] <= 255 && matches[2] <= 255 && matches[3] <= 255 && matches[4] <= 255;
}

function convert_addr(ipchars) {
    var bytes = ipchars.split('.');
    return ((bytes[0] & 0xff) << 24) | ((bytes[1] & 0xff) << 16) | ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
}

function isInNet(ipaddr, pattern, maskstr) {
    if (!isValidIpAddress(pattern) || !isValidIpAddress(maskstr))
        return false;
    if (!isValidIpAddress(ipaddr)) {
        ipaddr = dnsResolve(ipaddr);
        if (ipaddr == null || !isValidIpAddress(ipaddr))
            return false;
    }
    var mask = convert_addr(maskstr);
    return (convert_addr(ipaddr) & mask) == (convert_addr(pattern) & mask);
}

function isPlainHostName(host) {
    return host.search('(\\.)|:') == -1;
}

function isResolvable(host) {
    return dnsResolve(host) != null;
}

function dnsDomainIs(host, domain) {
    return host.length >= domain.length && host.substring(host.length - domain.length) == domain;
}

function dnsDomainLevels(host) {
    return host.split('.').length - 1;
}

function localHostOrDomainIs(host, hostdom) {
    return host == hostdom || hostdom.lastIndexOf(host + '.', 0) == 0;
}

function shExpMatch(url, pattern) {
    // Firefox escapes only '.', so a pattern with '+', '(' or '[' is read as a regular expression
    // (or throws). Escaping every other metacharacter keeps the shell-glob meaning for all of them.
    var source = String(pattern).replace(/[\\^$+.()|{}\[\]]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    return new RegExp('^' + source + '$').test(url);
}

var __pacWeekdays = {SUN: 0, MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6};
var __pacMonths = {JAN: 0, FEB: 1, MAR: 2, APR: 3, MAY: 4, JUN: 5, JUL: 6, AUG: 7, SEP: 8, OCT: 9, NOV: 10, DEC: 11};

function weekdayRange() {
    var argc = arguments.length;
    if (argc < 1)
        return false;
    var now = new Date();
    var wday;
    if (arguments[argc - 1] == 'GMT') {
        argc--;
        wday = now.getUTCDay();
    } else {
        wday = now.getDay();
    }
    var wd1 = arguments[0] in __pacWeekdays ? __pacWeekdays[arguments[0]] : -1;
    var wd2 = argc == 2 ? (arguments[1] in __pacWeekdays ? __pacWeekdays[arguments[1]] : -1) : wd1;
    if (wd1 == -1 || wd2 == -1)
        return false;
    if (wd1 <= wd2)
        return wd1 <= wday && wday <= wd2;
    return wd2 >= wday || wday >= wd1;
}

// Firefox builds both ends as Date objects from Jan 1 / Dec 31 of this year and sets the given
// fields; setMonth on "Dec 31" then overflows into the next month for 30-day months (APR 31 is
// May 1). The same rule is kept here with the end of a month computed, not overflowed: a range
// covers whole days, both ends included, and wraps when the start is after the end.
function dateRange() {
    var argc = arguments.length;
    if (argc < 1)
        return false;
    var isGMT = arguments[argc - 1] == 'GMT';
    if (isGMT)
        argc--;
    if (argc < 1)
        return false;
    var now = new Date();
    var year = isGMT ? now.getUTCFullYear() : now.getFullYear();
    var month = isGMT ? now.getUTCMonth() : now.getMonth();
    var day = isGMT ? now.getUTCDate() : now.getDate();

    function monthOf(name) {
        return name in __pacMonths ? __pacMonths[name] : -1;
    }
    if (argc == 1) {
        var only = parseInt(arguments[0]);
        if (isNaN(only))
            return month == monthOf(arguments[0]);
        return only < 32 ? day == only : year == only;
    }
    var start = {year: year, month: 0, day: 1};
    var end = {year: year, month: 11, day: -1}; // -1: the last day of end's month
    var half = argc >> 1;
    var daysOnly = true;
    for (var i = 0; i < argc; i++) {
        var bound = i < half ? start : end;
        var value = parseInt(arguments[i]);
        if (isNaN(value)) {
            bound.month = monthOf(arguments[i]);
            if (bound.month < 0)
                return false;
            daysOnly = false;
        } else if (value < 32) {
            bound.day = value;
        } else {
            bound.year = value;
            daysOnly = false;
        }
    }
    if (daysOnly) {
        // dateRange(1, 15): days of the current month (Firefox's adjustMonth).
        start.month = month;
        end.month = month;
    }
    if (end.day < 0)
        end.day = new Date(end.year, end.month + 1, 0).getDate();
    function key(y, m, d) {
        return (y * 12 + m) * 32 + d;
    }
    var s = key(start.year, start.month, start.day);
    var e = key(end.year, end.month, end.day);
    var n = key(year, month, day);
    return s <= e ? s <= n && n <= e : n >= s || n <= e;
}

function timeRange() {
    var argc = arguments.length;
    if (argc < 1)
        return false;
    var isGMT = arguments[argc - 1] == 'GMT';
    if (isGMT)
        argc--;
    var now = new Date();
    var hour = isGMT ? now.getUTCHours() : now.getHours();
    var minute = isGMT ? now.getUTCMinutes() : now.getMinutes();
    var second = isGMT ? now.getUTCSeconds() : now.getSeconds();
    var a = [];
    for (var i = 0; i < argc; i++)
        a.push(Number(arguments[i]));
    if (argc == 1)
        return hour == a[0];
    if (argc == 2)
        return a[0] <= hour && hour <= a[1]; // as Firefox: no wrap past midnight in this form
    var start, end;
    if (argc == 4) {
        start = a[0] * 3600 + a[1] * 60;
        end = a[2] * 3600 + a[3] * 60 + 59; // the whole end minute, as Firefox
    } else if (argc == 6) {
        start = a[0] * 3600 + a[1] * 60 + a[2];
        end = a[3] * 3600 + a[4] * 60 + a[5];
    } else {
        throw 'timeRange: bad number of arguments';
    }
    var n = hour * 3600 + minute * 60 + second;
    return start <= end ? start <= n && n <= end : n >= start || n <= end;
}
