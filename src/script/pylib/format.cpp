// Python-exact text formatting; see format.h. The algorithms follow
// CPython 3.11's Python/pystrtod.c (format_float_short),
// Python/formatter_unicode.c (format specs) and Objects/unicodeobject.c
// (printf-style formatting) step by step, so edge cases agree.
#include "script/pylib/format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace ts::py {

namespace {

// Non-printable code point ranges (str.isprintable() is False), generated
// from CPython 3.11 (Unicode 14.0) by tests/tools/gen_pylib_cases.py --table.
const uint32_t kNonPrintable[][2] = {
{0x0,0x1F},{0x7F,0xA0},{0xAD,0xAD},{0x378,0x379},{0x380,0x383},{0x38B,0x38B},{0x38D,0x38D},
{0x3A2,0x3A2},{0x530,0x530},{0x557,0x558},{0x58B,0x58C},{0x590,0x590},{0x5C8,0x5CF},
{0x5EB,0x5EE},{0x5F5,0x605},{0x61C,0x61C},{0x6DD,0x6DD},{0x70E,0x70F},{0x74B,0x74C},
{0x7B2,0x7BF},{0x7FB,0x7FC},{0x82E,0x82F},{0x83F,0x83F},{0x85C,0x85D},{0x85F,0x85F},
{0x86B,0x86F},{0x88F,0x897},{0x8E2,0x8E2},{0x984,0x984},{0x98D,0x98E},{0x991,0x992},
{0x9A9,0x9A9},{0x9B1,0x9B1},{0x9B3,0x9B5},{0x9BA,0x9BB},{0x9C5,0x9C6},{0x9C9,0x9CA},
{0x9CF,0x9D6},{0x9D8,0x9DB},{0x9DE,0x9DE},{0x9E4,0x9E5},{0x9FF,0xA00},{0xA04,0xA04},
{0xA0B,0xA0E},{0xA11,0xA12},{0xA29,0xA29},{0xA31,0xA31},{0xA34,0xA34},{0xA37,0xA37},
{0xA3A,0xA3B},{0xA3D,0xA3D},{0xA43,0xA46},{0xA49,0xA4A},{0xA4E,0xA50},{0xA52,0xA58},
{0xA5D,0xA5D},{0xA5F,0xA65},{0xA77,0xA80},{0xA84,0xA84},{0xA8E,0xA8E},{0xA92,0xA92},
{0xAA9,0xAA9},{0xAB1,0xAB1},{0xAB4,0xAB4},{0xABA,0xABB},{0xAC6,0xAC6},{0xACA,0xACA},
{0xACE,0xACF},{0xAD1,0xADF},{0xAE4,0xAE5},{0xAF2,0xAF8},{0xB00,0xB00},{0xB04,0xB04},
{0xB0D,0xB0E},{0xB11,0xB12},{0xB29,0xB29},{0xB31,0xB31},{0xB34,0xB34},{0xB3A,0xB3B},
{0xB45,0xB46},{0xB49,0xB4A},{0xB4E,0xB54},{0xB58,0xB5B},{0xB5E,0xB5E},{0xB64,0xB65},
{0xB78,0xB81},{0xB84,0xB84},{0xB8B,0xB8D},{0xB91,0xB91},{0xB96,0xB98},{0xB9B,0xB9B},
{0xB9D,0xB9D},{0xBA0,0xBA2},{0xBA5,0xBA7},{0xBAB,0xBAD},{0xBBA,0xBBD},{0xBC3,0xBC5},
{0xBC9,0xBC9},{0xBCE,0xBCF},{0xBD1,0xBD6},{0xBD8,0xBE5},{0xBFB,0xBFF},{0xC0D,0xC0D},
{0xC11,0xC11},{0xC29,0xC29},{0xC3A,0xC3B},{0xC45,0xC45},{0xC49,0xC49},{0xC4E,0xC54},
{0xC57,0xC57},{0xC5B,0xC5C},{0xC5E,0xC5F},{0xC64,0xC65},{0xC70,0xC76},{0xC8D,0xC8D},
{0xC91,0xC91},{0xCA9,0xCA9},{0xCB4,0xCB4},{0xCBA,0xCBB},{0xCC5,0xCC5},{0xCC9,0xCC9},
{0xCCE,0xCD4},{0xCD7,0xCDC},{0xCDF,0xCDF},{0xCE4,0xCE5},{0xCF0,0xCF0},{0xCF3,0xCFF},
{0xD0D,0xD0D},{0xD11,0xD11},{0xD45,0xD45},{0xD49,0xD49},{0xD50,0xD53},{0xD64,0xD65},
{0xD80,0xD80},{0xD84,0xD84},{0xD97,0xD99},{0xDB2,0xDB2},{0xDBC,0xDBC},{0xDBE,0xDBF},
{0xDC7,0xDC9},{0xDCB,0xDCE},{0xDD5,0xDD5},{0xDD7,0xDD7},{0xDE0,0xDE5},{0xDF0,0xDF1},
{0xDF5,0xE00},{0xE3B,0xE3E},{0xE5C,0xE80},{0xE83,0xE83},{0xE85,0xE85},{0xE8B,0xE8B},
{0xEA4,0xEA4},{0xEA6,0xEA6},{0xEBE,0xEBF},{0xEC5,0xEC5},{0xEC7,0xEC7},{0xECE,0xECF},
{0xEDA,0xEDB},{0xEE0,0xEFF},{0xF48,0xF48},{0xF6D,0xF70},{0xF98,0xF98},{0xFBD,0xFBD},
{0xFCD,0xFCD},{0xFDB,0xFFF},{0x10C6,0x10C6},{0x10C8,0x10CC},{0x10CE,0x10CF},{0x1249,0x1249},
{0x124E,0x124F},{0x1257,0x1257},{0x1259,0x1259},{0x125E,0x125F},{0x1289,0x1289},{0x128E,0x128F},
{0x12B1,0x12B1},{0x12B6,0x12B7},{0x12BF,0x12BF},{0x12C1,0x12C1},{0x12C6,0x12C7},{0x12D7,0x12D7},
{0x1311,0x1311},{0x1316,0x1317},{0x135B,0x135C},{0x137D,0x137F},{0x139A,0x139F},{0x13F6,0x13F7},
{0x13FE,0x13FF},{0x1680,0x1680},{0x169D,0x169F},{0x16F9,0x16FF},{0x1716,0x171E},{0x1737,0x173F},
{0x1754,0x175F},{0x176D,0x176D},{0x1771,0x1771},{0x1774,0x177F},{0x17DE,0x17DF},{0x17EA,0x17EF},
{0x17FA,0x17FF},{0x180E,0x180E},{0x181A,0x181F},{0x1879,0x187F},{0x18AB,0x18AF},{0x18F6,0x18FF},
{0x191F,0x191F},{0x192C,0x192F},{0x193C,0x193F},{0x1941,0x1943},{0x196E,0x196F},{0x1975,0x197F},
{0x19AC,0x19AF},{0x19CA,0x19CF},{0x19DB,0x19DD},{0x1A1C,0x1A1D},{0x1A5F,0x1A5F},{0x1A7D,0x1A7E},
{0x1A8A,0x1A8F},{0x1A9A,0x1A9F},{0x1AAE,0x1AAF},{0x1ACF,0x1AFF},{0x1B4D,0x1B4F},{0x1B7F,0x1B7F},
{0x1BF4,0x1BFB},{0x1C38,0x1C3A},{0x1C4A,0x1C4C},{0x1C89,0x1C8F},{0x1CBB,0x1CBC},{0x1CC8,0x1CCF},
{0x1CFB,0x1CFF},{0x1F16,0x1F17},{0x1F1E,0x1F1F},{0x1F46,0x1F47},{0x1F4E,0x1F4F},{0x1F58,0x1F58},
{0x1F5A,0x1F5A},{0x1F5C,0x1F5C},{0x1F5E,0x1F5E},{0x1F7E,0x1F7F},{0x1FB5,0x1FB5},{0x1FC5,0x1FC5},
{0x1FD4,0x1FD5},{0x1FDC,0x1FDC},{0x1FF0,0x1FF1},{0x1FF5,0x1FF5},{0x1FFF,0x200F},{0x2028,0x202F},
{0x205F,0x206F},{0x2072,0x2073},{0x208F,0x208F},{0x209D,0x209F},{0x20C1,0x20CF},{0x20F1,0x20FF},
{0x218C,0x218F},{0x2427,0x243F},{0x244B,0x245F},{0x2B74,0x2B75},{0x2B96,0x2B96},{0x2CF4,0x2CF8},
{0x2D26,0x2D26},{0x2D28,0x2D2C},{0x2D2E,0x2D2F},{0x2D68,0x2D6E},{0x2D71,0x2D7E},{0x2D97,0x2D9F},
{0x2DA7,0x2DA7},{0x2DAF,0x2DAF},{0x2DB7,0x2DB7},{0x2DBF,0x2DBF},{0x2DC7,0x2DC7},{0x2DCF,0x2DCF},
{0x2DD7,0x2DD7},{0x2DDF,0x2DDF},{0x2E5E,0x2E7F},{0x2E9A,0x2E9A},{0x2EF4,0x2EFF},{0x2FD6,0x2FEF},
{0x2FFC,0x3000},{0x3040,0x3040},{0x3097,0x3098},{0x3100,0x3104},{0x3130,0x3130},{0x318F,0x318F},
{0x31E4,0x31EF},{0x321F,0x321F},{0xA48D,0xA48F},{0xA4C7,0xA4CF},{0xA62C,0xA63F},{0xA6F8,0xA6FF},
{0xA7CB,0xA7CF},{0xA7D2,0xA7D2},{0xA7D4,0xA7D4},{0xA7DA,0xA7F1},{0xA82D,0xA82F},{0xA83A,0xA83F},
{0xA878,0xA87F},{0xA8C6,0xA8CD},{0xA8DA,0xA8DF},{0xA954,0xA95E},{0xA97D,0xA97F},{0xA9CE,0xA9CE},
{0xA9DA,0xA9DD},{0xA9FF,0xA9FF},{0xAA37,0xAA3F},{0xAA4E,0xAA4F},{0xAA5A,0xAA5B},{0xAAC3,0xAADA},
{0xAAF7,0xAB00},{0xAB07,0xAB08},{0xAB0F,0xAB10},{0xAB17,0xAB1F},{0xAB27,0xAB27},{0xAB2F,0xAB2F},
{0xAB6C,0xAB6F},{0xABEE,0xABEF},{0xABFA,0xABFF},{0xD7A4,0xD7AF},{0xD7C7,0xD7CA},{0xD7FC,0xF8FF},
{0xFA6E,0xFA6F},{0xFADA,0xFAFF},{0xFB07,0xFB12},{0xFB18,0xFB1C},{0xFB37,0xFB37},{0xFB3D,0xFB3D},
{0xFB3F,0xFB3F},{0xFB42,0xFB42},{0xFB45,0xFB45},{0xFBC3,0xFBD2},{0xFD90,0xFD91},{0xFDC8,0xFDCE},
{0xFDD0,0xFDEF},{0xFE1A,0xFE1F},{0xFE53,0xFE53},{0xFE67,0xFE67},{0xFE6C,0xFE6F},{0xFE75,0xFE75},
{0xFEFD,0xFF00},{0xFFBF,0xFFC1},{0xFFC8,0xFFC9},{0xFFD0,0xFFD1},{0xFFD8,0xFFD9},{0xFFDD,0xFFDF},
{0xFFE7,0xFFE7},{0xFFEF,0xFFFB},{0xFFFE,0xFFFF},{0x1000C,0x1000C},{0x10027,0x10027},
{0x1003B,0x1003B},{0x1003E,0x1003E},{0x1004E,0x1004F},{0x1005E,0x1007F},{0x100FB,0x100FF},
{0x10103,0x10106},{0x10134,0x10136},{0x1018F,0x1018F},{0x1019D,0x1019F},{0x101A1,0x101CF},
{0x101FE,0x1027F},{0x1029D,0x1029F},{0x102D1,0x102DF},{0x102FC,0x102FF},{0x10324,0x1032C},
{0x1034B,0x1034F},{0x1037B,0x1037F},{0x1039E,0x1039E},{0x103C4,0x103C7},{0x103D6,0x103FF},
{0x1049E,0x1049F},{0x104AA,0x104AF},{0x104D4,0x104D7},{0x104FC,0x104FF},{0x10528,0x1052F},
{0x10564,0x1056E},{0x1057B,0x1057B},{0x1058B,0x1058B},{0x10593,0x10593},{0x10596,0x10596},
{0x105A2,0x105A2},{0x105B2,0x105B2},{0x105BA,0x105BA},{0x105BD,0x105FF},{0x10737,0x1073F},
{0x10756,0x1075F},{0x10768,0x1077F},{0x10786,0x10786},{0x107B1,0x107B1},{0x107BB,0x107FF},
{0x10806,0x10807},{0x10809,0x10809},{0x10836,0x10836},{0x10839,0x1083B},{0x1083D,0x1083E},
{0x10856,0x10856},{0x1089F,0x108A6},{0x108B0,0x108DF},{0x108F3,0x108F3},{0x108F6,0x108FA},
{0x1091C,0x1091E},{0x1093A,0x1093E},{0x10940,0x1097F},{0x109B8,0x109BB},{0x109D0,0x109D1},
{0x10A04,0x10A04},{0x10A07,0x10A0B},{0x10A14,0x10A14},{0x10A18,0x10A18},{0x10A36,0x10A37},
{0x10A3B,0x10A3E},{0x10A49,0x10A4F},{0x10A59,0x10A5F},{0x10AA0,0x10ABF},{0x10AE7,0x10AEA},
{0x10AF7,0x10AFF},{0x10B36,0x10B38},{0x10B56,0x10B57},{0x10B73,0x10B77},{0x10B92,0x10B98},
{0x10B9D,0x10BA8},{0x10BB0,0x10BFF},{0x10C49,0x10C7F},{0x10CB3,0x10CBF},{0x10CF3,0x10CF9},
{0x10D28,0x10D2F},{0x10D3A,0x10E5F},{0x10E7F,0x10E7F},{0x10EAA,0x10EAA},{0x10EAE,0x10EAF},
{0x10EB2,0x10EFF},{0x10F28,0x10F2F},{0x10F5A,0x10F6F},{0x10F8A,0x10FAF},{0x10FCC,0x10FDF},
{0x10FF7,0x10FFF},{0x1104E,0x11051},{0x11076,0x1107E},{0x110BD,0x110BD},{0x110C3,0x110CF},
{0x110E9,0x110EF},{0x110FA,0x110FF},{0x11135,0x11135},{0x11148,0x1114F},{0x11177,0x1117F},
{0x111E0,0x111E0},{0x111F5,0x111FF},{0x11212,0x11212},{0x1123F,0x1127F},{0x11287,0x11287},
{0x11289,0x11289},{0x1128E,0x1128E},{0x1129E,0x1129E},{0x112AA,0x112AF},{0x112EB,0x112EF},
{0x112FA,0x112FF},{0x11304,0x11304},{0x1130D,0x1130E},{0x11311,0x11312},{0x11329,0x11329},
{0x11331,0x11331},{0x11334,0x11334},{0x1133A,0x1133A},{0x11345,0x11346},{0x11349,0x1134A},
{0x1134E,0x1134F},{0x11351,0x11356},{0x11358,0x1135C},{0x11364,0x11365},{0x1136D,0x1136F},
{0x11375,0x113FF},{0x1145C,0x1145C},{0x11462,0x1147F},{0x114C8,0x114CF},{0x114DA,0x1157F},
{0x115B6,0x115B7},{0x115DE,0x115FF},{0x11645,0x1164F},{0x1165A,0x1165F},{0x1166D,0x1167F},
{0x116BA,0x116BF},{0x116CA,0x116FF},{0x1171B,0x1171C},{0x1172C,0x1172F},{0x11747,0x117FF},
{0x1183C,0x1189F},{0x118F3,0x118FE},{0x11907,0x11908},{0x1190A,0x1190B},{0x11914,0x11914},
{0x11917,0x11917},{0x11936,0x11936},{0x11939,0x1193A},{0x11947,0x1194F},{0x1195A,0x1199F},
{0x119A8,0x119A9},{0x119D8,0x119D9},{0x119E5,0x119FF},{0x11A48,0x11A4F},{0x11AA3,0x11AAF},
{0x11AF9,0x11BFF},{0x11C09,0x11C09},{0x11C37,0x11C37},{0x11C46,0x11C4F},{0x11C6D,0x11C6F},
{0x11C90,0x11C91},{0x11CA8,0x11CA8},{0x11CB7,0x11CFF},{0x11D07,0x11D07},{0x11D0A,0x11D0A},
{0x11D37,0x11D39},{0x11D3B,0x11D3B},{0x11D3E,0x11D3E},{0x11D48,0x11D4F},{0x11D5A,0x11D5F},
{0x11D66,0x11D66},{0x11D69,0x11D69},{0x11D8F,0x11D8F},{0x11D92,0x11D92},{0x11D99,0x11D9F},
{0x11DAA,0x11EDF},{0x11EF9,0x11FAF},{0x11FB1,0x11FBF},{0x11FF2,0x11FFE},{0x1239A,0x123FF},
{0x1246F,0x1246F},{0x12475,0x1247F},{0x12544,0x12F8F},{0x12FF3,0x12FFF},{0x1342F,0x143FF},
{0x14647,0x167FF},{0x16A39,0x16A3F},{0x16A5F,0x16A5F},{0x16A6A,0x16A6D},{0x16ABF,0x16ABF},
{0x16ACA,0x16ACF},{0x16AEE,0x16AEF},{0x16AF6,0x16AFF},{0x16B46,0x16B4F},{0x16B5A,0x16B5A},
{0x16B62,0x16B62},{0x16B78,0x16B7C},{0x16B90,0x16E3F},{0x16E9B,0x16EFF},{0x16F4B,0x16F4E},
{0x16F88,0x16F8E},{0x16FA0,0x16FDF},{0x16FE5,0x16FEF},{0x16FF2,0x16FFF},{0x187F8,0x187FF},
{0x18CD6,0x18CFF},{0x18D09,0x1AFEF},{0x1AFF4,0x1AFF4},{0x1AFFC,0x1AFFC},{0x1AFFF,0x1AFFF},
{0x1B123,0x1B14F},{0x1B153,0x1B163},{0x1B168,0x1B16F},{0x1B2FC,0x1BBFF},{0x1BC6B,0x1BC6F},
{0x1BC7D,0x1BC7F},{0x1BC89,0x1BC8F},{0x1BC9A,0x1BC9B},{0x1BCA0,0x1CEFF},{0x1CF2E,0x1CF2F},
{0x1CF47,0x1CF4F},{0x1CFC4,0x1CFFF},{0x1D0F6,0x1D0FF},{0x1D127,0x1D128},{0x1D173,0x1D17A},
{0x1D1EB,0x1D1FF},{0x1D246,0x1D2DF},{0x1D2F4,0x1D2FF},{0x1D357,0x1D35F},{0x1D379,0x1D3FF},
{0x1D455,0x1D455},{0x1D49D,0x1D49D},{0x1D4A0,0x1D4A1},{0x1D4A3,0x1D4A4},{0x1D4A7,0x1D4A8},
{0x1D4AD,0x1D4AD},{0x1D4BA,0x1D4BA},{0x1D4BC,0x1D4BC},{0x1D4C4,0x1D4C4},{0x1D506,0x1D506},
{0x1D50B,0x1D50C},{0x1D515,0x1D515},{0x1D51D,0x1D51D},{0x1D53A,0x1D53A},{0x1D53F,0x1D53F},
{0x1D545,0x1D545},{0x1D547,0x1D549},{0x1D551,0x1D551},{0x1D6A6,0x1D6A7},{0x1D7CC,0x1D7CD},
{0x1DA8C,0x1DA9A},{0x1DAA0,0x1DAA0},{0x1DAB0,0x1DEFF},{0x1DF1F,0x1DFFF},{0x1E007,0x1E007},
{0x1E019,0x1E01A},{0x1E022,0x1E022},{0x1E025,0x1E025},{0x1E02B,0x1E0FF},{0x1E12D,0x1E12F},
{0x1E13E,0x1E13F},{0x1E14A,0x1E14D},{0x1E150,0x1E28F},{0x1E2AF,0x1E2BF},{0x1E2FA,0x1E2FE},
{0x1E300,0x1E7DF},{0x1E7E7,0x1E7E7},{0x1E7EC,0x1E7EC},{0x1E7EF,0x1E7EF},{0x1E7FF,0x1E7FF},
{0x1E8C5,0x1E8C6},{0x1E8D7,0x1E8FF},{0x1E94C,0x1E94F},{0x1E95A,0x1E95D},{0x1E960,0x1EC70},
{0x1ECB5,0x1ED00},{0x1ED3E,0x1EDFF},{0x1EE04,0x1EE04},{0x1EE20,0x1EE20},{0x1EE23,0x1EE23},
{0x1EE25,0x1EE26},{0x1EE28,0x1EE28},{0x1EE33,0x1EE33},{0x1EE38,0x1EE38},{0x1EE3A,0x1EE3A},
{0x1EE3C,0x1EE41},{0x1EE43,0x1EE46},{0x1EE48,0x1EE48},{0x1EE4A,0x1EE4A},{0x1EE4C,0x1EE4C},
{0x1EE50,0x1EE50},{0x1EE53,0x1EE53},{0x1EE55,0x1EE56},{0x1EE58,0x1EE58},{0x1EE5A,0x1EE5A},
{0x1EE5C,0x1EE5C},{0x1EE5E,0x1EE5E},{0x1EE60,0x1EE60},{0x1EE63,0x1EE63},{0x1EE65,0x1EE66},
{0x1EE6B,0x1EE6B},{0x1EE73,0x1EE73},{0x1EE78,0x1EE78},{0x1EE7D,0x1EE7D},{0x1EE7F,0x1EE7F},
{0x1EE8A,0x1EE8A},{0x1EE9C,0x1EEA0},{0x1EEA4,0x1EEA4},{0x1EEAA,0x1EEAA},{0x1EEBC,0x1EEEF},
{0x1EEF2,0x1EFFF},{0x1F02C,0x1F02F},{0x1F094,0x1F09F},{0x1F0AF,0x1F0B0},{0x1F0C0,0x1F0C0},
{0x1F0D0,0x1F0D0},{0x1F0F6,0x1F0FF},{0x1F1AE,0x1F1E5},{0x1F203,0x1F20F},{0x1F23C,0x1F23F},
{0x1F249,0x1F24F},{0x1F252,0x1F25F},{0x1F266,0x1F2FF},{0x1F6D8,0x1F6DC},{0x1F6ED,0x1F6EF},
{0x1F6FD,0x1F6FF},{0x1F774,0x1F77F},{0x1F7D9,0x1F7DF},{0x1F7EC,0x1F7EF},{0x1F7F1,0x1F7FF},
{0x1F80C,0x1F80F},{0x1F848,0x1F84F},{0x1F85A,0x1F85F},{0x1F888,0x1F88F},{0x1F8AE,0x1F8AF},
{0x1F8B2,0x1F8FF},{0x1FA54,0x1FA5F},{0x1FA6E,0x1FA6F},{0x1FA75,0x1FA77},{0x1FA7D,0x1FA7F},
{0x1FA87,0x1FA8F},{0x1FAAD,0x1FAAF},{0x1FABB,0x1FABF},{0x1FAC6,0x1FACF},{0x1FADA,0x1FADF},
{0x1FAE8,0x1FAEF},{0x1FAF7,0x1FAFF},{0x1FB93,0x1FB93},{0x1FBCB,0x1FBEF},{0x1FBFA,0x1FFFF},
{0x2A6E0,0x2A6FF},{0x2B739,0x2B73F},{0x2B81E,0x2B81F},{0x2CEA2,0x2CEAF},{0x2EBE1,0x2F7FF},
{0x2FA1E,0x2FFFF},{0x3134B,0xE00FF},{0xE01F0,0x10FFFF},
};

uint32_t decode_cp(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int n = c < 0x80 ? 0 : c < 0xC0 ? -1 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
  if (n <= 0 || i + static_cast<size_t>(n) >= s.size()) { ++i; return c; }
  uint32_t cp = n == 1 ? (c & 0x1F) : n == 2 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k <= n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n + 1;
  return cp;
}

std::vector<uint32_t> to_cps(std::string_view s) {
  std::vector<uint32_t> v;
  size_t i = 0;
  while (i < s.size()) v.push_back(decode_cp(s, i));
  return v;
}

// byte offset of the n-th code point (or s.size())
size_t cp_offset(std::string_view s, size_t n) {
  size_t i = 0;
  while (n-- && i < s.size()) decode_cp(s, i);
  return i;
}

std::string repeat(const std::string& s, int64_t n) {
  std::string r;
  if (n <= 0) return r;
  r.reserve(s.size() * static_cast<size_t>(n));
  for (int64_t k = 0; k < n; ++k) r += s;
  return r;
}

// ---- float digits (dtoa modes 0, 2, 3) ----
void dtoa_digits(double ax, int mode, int ndigits, std::string& digits, int& decpt) {
  if (ax == 0) { digits = "0"; decpt = 1; return; }
  if (mode == 0) { shortest_digits(ax, digits, decpt); return; }
  std::string buf;
  auto print = [&](const char* f, int p) {
    int n = std::snprintf(nullptr, 0, f, p, ax);
    buf.assign(static_cast<size_t>(n) + 1, '\0');
    std::snprintf(buf.data(), buf.size(), f, p, ax);
    buf.resize(static_cast<size_t>(n));
  };
  if (mode == 2) {
    if (ndigits < 1) ndigits = 1;
    print("%.*e", ndigits - 1);
    size_t e = buf.find('e');
    digits.clear();
    for (size_t k = 0; k < e; ++k)
      if (buf[k] != '.') digits.push_back(buf[k]);
    decpt = std::atoi(buf.c_str() + e + 1) + 1;
  } else {
    print("%.*f", ndigits);
    size_t dot = buf.find('.');
    if (dot == std::string::npos) dot = buf.size();
    digits = buf.substr(0, dot) + (dot < buf.size() ? buf.substr(dot + 1) : std::string());
    decpt = static_cast<int>(dot);
    size_t lead = 0;
    while (lead < digits.size() && digits[lead] == '0') ++lead;
    digits.erase(0, lead);
    decpt -= static_cast<int>(lead);
    if (digits.empty()) { decpt = -ndigits; return; }
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
}

}  // namespace

std::string double_to_string(double x, char code, int precision, bool always_sign,
                             bool add_dot_0, bool alt, bool no_neg_0) {
  bool upper = false;
  int mode = 0;
  switch (code) {
    case 'E': upper = true; code = 'e'; [[fallthrough]];
    case 'e': mode = 2; precision++; break;
    case 'F': upper = true; code = 'f'; [[fallthrough]];
    case 'f': mode = 3; break;
    case 'G': upper = true; code = 'g'; [[fallthrough]];
    case 'g': mode = 2; if (precision == 0) precision = 1; break;
    default: code = 'r'; mode = 0; precision = 0; break;
  }
  bool sign = std::signbit(x);
  std::string out;
  if (std::isnan(x)) return upper ? "NAN" : "nan";
  if (std::isinf(x)) {
    if (sign) out = "-";
    else if (always_sign) out = "+";
    out += upper ? "INF" : "inf";
    return out;
  }
  std::string digits;
  int decpt_i = 0;
  dtoa_digits(std::fabs(x), mode, precision, digits, decpt_i);
  int64_t decpt = decpt_i;
  int64_t digits_len = static_cast<int64_t>(digits.size());
  if (no_neg_0 && sign && (digits_len == 0 || (digits_len == 1 && digits[0] == '0'))) sign = false;
  int64_t vdigits_end = digits_len;
  bool use_exp = false;
  int64_t exp = 0;
  switch (code) {
    case 'e': use_exp = true; vdigits_end = precision; break;
    case 'f': vdigits_end = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  if (use_exp) { exp = decpt - 1; decpt = 1; }
  int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0)
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

  if (sign) out += '-';
  else if (always_sign) out += '+';
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vdigits_start), '0');
    out += '.';
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(digits, 0, static_cast<size_t>(decpt));
    out += '.';
    out.append(digits, static_cast<size_t>(decpt), std::string::npos);
  } else {
    out += digits;
  }
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out += '.';
    out.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  if (!out.empty() && out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    out += upper ? 'E' : 'e';
    char eb[16];
    std::snprintf(eb, sizeof eb, "%+.02d", static_cast<int>(exp));
    out += eb;
  }
  return out;
}

// ---- str helpers ----------------------------------------------------------------

std::string utf8_encode(uint32_t cp) {
  std::string s;
  if (cp < 0x80) s += static_cast<char>(cp);
  else if (cp < 0x800) { s += static_cast<char>(0xC0 | (cp >> 6)); s += static_cast<char>(0x80 | (cp & 0x3F)); }
  else if (cp < 0x10000) {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (cp >> 18));
    s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return s;
}

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool is_printable(uint32_t cp) {
  if (cp >= 0x20 && cp < 0x7F) return true;
  size_t lo = 0, hi = sizeof kNonPrintable / sizeof kNonPrintable[0];
  while (lo < hi) {  // first range with end >= cp
    size_t mid = (lo + hi) / 2;
    if (kNonPrintable[mid][1] < cp) lo = mid + 1;
    else hi = mid;
  }
  if (lo < sizeof kNonPrintable / sizeof kNonPrintable[0] && kNonPrintable[lo][0] <= cp) return false;
  return true;
}

std::string str_repr(std::string_view s) {
  bool has_sq = false, has_dq = false;
  for (char c : s) {
    if (c == '\'') has_sq = true;
    if (c == '"') has_dq = true;
  }
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += q;
  size_t i = 0;
  while (i < s.size()) {
    uint32_t c = decode_cp(s, i);
    if (c == static_cast<uint32_t>(q) || c == '\\') { out += '\\'; out += static_cast<char>(c); }
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c == 0x7F) {
      char b[8];
      std::snprintf(b, sizeof b, "\\x%02x", c);
      out += b;
    } else if (c < 0x7F) out += static_cast<char>(c);
    else if (!is_printable(c)) {
      char b[16];
      if (c <= 0xFF) std::snprintf(b, sizeof b, "\\x%02x", c);
      else if (c <= 0xFFFF) std::snprintf(b, sizeof b, "\\u%04x", c);
      else std::snprintf(b, sizeof b, "\\U%08x", c);
      out += b;
    } else out += utf8_encode(c);
  }
  out += q;
  return out;
}

// ---- format specs -----------------------------------------------------------------

namespace {

enum Locale { LT_NO_LOCALE, LT_DEFAULT_LOCALE, LT_UNDERSCORE_LOCALE, LT_UNDER_FOUR_LOCALE, LT_CURRENT_LOCALE };

struct Spec {
  uint32_t fill = ' ';
  uint32_t align = '>';
  bool alternate = false;
  bool no_neg_0 = false;
  uint32_t sign = 0;
  int64_t width = -1;
  int thousands = LT_NO_LOCALE;
  int64_t precision = -1;
  uint32_t type = 0;
};

using SR = Result<std::string>;

SR verr(std::string m) { return SR::fail(Err::ValueError, std::move(m)); }

std::string cp_char(uint32_t c) {
  // "%c" for printable ASCII, else "\x.."
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  char b[16];
  std::snprintf(b, sizeof b, "\\x%x", c);
  return b;
}

SR unknown_type(uint32_t t, const char* type_name) {
  return verr("Unknown format code '" + cp_char(t) + "' for object of type '" + type_name + "'");
}

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// get_integer: returns digits consumed, -1 on overflow
int get_integer(const std::vector<uint32_t>& s, size_t& pos, int64_t* out) {
  int64_t acc = 0;
  int n = 0;
  while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
    int d = static_cast<int>(s[pos] - '0');
    if (acc > (INT64_MAX - d) / 10) return -1;
    acc = acc * 10 + d;
    ++pos;
    ++n;
  }
  *out = acc;
  return n;
}

// Returns empty message on success.
std::string parse_spec(std::string_view spec_utf8, Spec& f, uint32_t default_type, uint32_t default_align,
                       const char* type_name) {
  std::vector<uint32_t> s = to_cps(spec_utf8);
  size_t pos = 0, end = s.size();
  bool fill_specified = false, align_specified = false;
  f = Spec{};
  f.align = default_align;
  f.type = default_type;
  if (end - pos >= 2 && is_align(s[pos + 1])) {
    f.align = s[pos + 1];
    f.fill = s[pos];
    fill_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(s[pos])) {
    f.align = s[pos];
    align_specified = true;
    ++pos;
  }
  if (end - pos >= 1 && (s[pos] == ' ' || s[pos] == '+' || s[pos] == '-')) { f.sign = s[pos]; ++pos; }
  if (end - pos >= 1 && s[pos] == 'z') { f.no_neg_0 = true; ++pos; }
  if (end - pos >= 1 && s[pos] == '#') { f.alternate = true; ++pos; }
  if (!fill_specified && end - pos >= 1 && s[pos] == '0') {
    f.fill = '0';
    if (!align_specified && default_align == '>') f.align = '=';
    ++pos;
  }
  int consumed = get_integer(s, pos, &f.width);
  if (consumed == -1) return "Too many decimal digits in format string";
  if (consumed == 0) f.width = -1;
  if (end - pos && s[pos] == ',') { f.thousands = LT_DEFAULT_LOCALE; ++pos; }
  if (end - pos && s[pos] == '_') {
    if (f.thousands != LT_NO_LOCALE) return "Cannot specify both ',' and '_'.";
    f.thousands = LT_UNDERSCORE_LOCALE;
    ++pos;
  }
  if (end - pos && s[pos] == ',') {
    if (f.thousands == LT_UNDERSCORE_LOCALE) return "Cannot specify both ',' and '_'.";
  }
  if (end - pos && s[pos] == '.') {
    ++pos;
    consumed = get_integer(s, pos, &f.precision);
    if (consumed == -1) return "Too many decimal digits in format string";
    if (consumed == 0) return "Format specifier missing precision";
  }
  if (end - pos > 1) {
    std::string rest;
    for (size_t k = 0; k < end; ++k) rest += utf8_encode(s[k]);
    return "Invalid format specifier '" + rest + "' for object of type '" + type_name + "'";
  }
  if (end - pos == 1) { f.type = s[pos]; ++pos; }
  if (f.thousands) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.thousands == LT_UNDERSCORE_LOCALE) { f.thousands = LT_UNDER_FOUR_LOCALE; break; }
        [[fallthrough]];
      default: {
        char sep = f.thousands == LT_DEFAULT_LOCALE ? ',' : '_';
        return std::string("Cannot specify '") + sep + "' with '" + cp_char(f.type) + "'.";
      }
    }
  }
  return {};
}

struct LocaleInfo {
  const char* thousands_sep;
  int grouping;  // 0 = no grouping
};

LocaleInfo locale_info(int lt) {
  switch (lt) {
    case LT_DEFAULT_LOCALE: return {",", 3};
    case LT_UNDERSCORE_LOCALE: return {"_", 3};
    case LT_UNDER_FOUR_LOCALE: return {"_", 4};
    default: return {"", 0};  // none, and the C locale for 'n'
  }
}

// _PyUnicode_InsertThousandsGrouping: digits grouped right to left, padded
// with zeros up to min_width.
std::string group_digits(std::string_view digits, int64_t min_width, const LocaleInfo& loc) {
  if (min_width < 0) min_width = 0;
  const int64_t sep_len = static_cast<int64_t>(std::strlen(loc.thousands_sep));
  std::string rev;  // built reversed
  int64_t remaining = static_cast<int64_t>(digits.size());
  int64_t digits_pos = remaining;
  bool use_sep = false, broken = false;
  auto fill = [&](int64_t n_chars, int64_t n_zeros) {
    if (use_sep) for (int64_t k = sep_len - 1; k >= 0; --k) rev += loc.thousands_sep[k];
    for (int64_t k = 0; k < n_chars; ++k) rev += digits[static_cast<size_t>(--digits_pos)];
    rev.append(static_cast<size_t>(n_zeros), '0');
  };
  if (loc.grouping > 0) {
    for (;;) {
      int64_t len = loc.grouping;
      len = std::min(len, std::max(std::max(remaining, min_width), int64_t(1)));
      int64_t n_zeros = std::max(int64_t(0), len - remaining);
      int64_t n_chars = std::max(int64_t(0), std::min(remaining, len));
      fill(n_chars, n_zeros);
      use_sep = true;
      remaining -= n_chars;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) { broken = true; break; }
      min_width -= sep_len;
    }
  }
  if (!broken) {
    int64_t len = std::max(std::max(remaining, min_width), int64_t(1));
    int64_t n_zeros = std::max(int64_t(0), len - remaining);
    int64_t n_chars = std::max(int64_t(0), std::min(remaining, len));
    fill(n_chars, n_zeros);
  }
  std::reverse(rev.begin(), rev.end());
  return rev;
}

// calc_number_widths + fill_number. digits: ASCII digits to group;
// remainder: the rest after the decimal point (or the 'c' char); all parts
// except remainder are ASCII.
std::string fill_number(const Spec& f, char sign_char, std::string prefix, std::string_view digits,
                        bool has_decimal, std::string_view remainder, const LocaleInfo& loc,
                        bool toupper) {
  char sign = 0;
  switch (f.sign) {
    case '+': sign = sign_char == '-' ? '-' : '+'; break;
    case ' ': sign = sign_char == '-' ? '-' : ' '; break;
    default: if (sign_char == '-') sign = '-';
  }
  int64_t n_sign = sign ? 1 : 0;
  int64_t n_prefix = static_cast<int64_t>(prefix.size());
  int64_t n_decimal = has_decimal ? 1 : 0;
  int64_t n_remainder = static_cast<int64_t>(utf8_length(remainder));
  int64_t n_non_digit = n_sign + n_prefix + n_decimal + n_remainder;
  int64_t min_width = (f.fill == '0' && f.align == '=') ? f.width - n_non_digit : 0;
  std::string grouped;
  if (!digits.empty()) grouped = group_digits(digits, min_width, loc);
  int64_t n_padding = f.width - (n_non_digit + static_cast<int64_t>(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (n_padding > 0) {
    switch (f.align) {
      case '<': rpad = n_padding; break;
      case '^': lpad = n_padding / 2; rpad = n_padding - lpad; break;
      case '=': spad = n_padding; break;
      default: lpad = n_padding; break;
    }
  }
  if (toupper) {
    for (char& c : prefix) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (char& c : grouped) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  std::string fill = utf8_encode(f.fill);
  std::string out = repeat(fill, lpad);
  if (sign) out += sign;
  out += prefix;
  out += repeat(fill, spad);
  out += grouped;
  if (has_decimal) out += '.';
  out += remainder;
  out += repeat(fill, rpad);
  return out;
}

std::string to_base(uint64_t mag, int base) {
  if (mag == 0) return "0";
  std::string s;
  while (mag) { s += "0123456789abcdef"[mag % base]; mag /= base; }
  std::reverse(s.begin(), s.end());
  return s;
}

SR format_float_internal(double val, const Spec& f) {
  int64_t precision = f.precision;
  int default_precision = 6;
  uint32_t type = f.type;
  bool add_dot_0 = false, add_pct = false;
  if (precision > 2147483647) return verr("precision too big");
  if (type == 0) { add_dot_0 = true; type = 'r'; default_precision = 0; }
  if (type == 'n') type = 'g';
  if (type == '%') { type = 'f'; val *= 100; add_pct = true; }
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  std::string buf = double_to_string(val, static_cast<char>(type), static_cast<int>(precision), false,
                                     add_dot_0, f.alternate, f.no_neg_0);
  if (add_pct) buf += '%';
  std::string_view num(buf);
  char sign_char = 0;
  if (!num.empty() && num[0] == '-') { sign_char = '-'; num.remove_prefix(1); }
  size_t p = 0;
  while (p < num.size() && num[p] >= '0' && num[p] <= '9') ++p;
  std::string_view digits = num.substr(0, p);
  bool has_decimal = p < num.size() && num[p] == '.';
  std::string_view rem = num.substr(p + (has_decimal ? 1 : 0));
  LocaleInfo loc = locale_info(f.type == 'n' ? LT_CURRENT_LOCALE : f.thousands);
  return SR::good(fill_number(f, sign_char, "", digits, has_decimal, rem, loc, false));
}

SR format_long_internal(const IntParts& v, const Spec& f) {
  if (f.precision != -1) return verr("Precision not allowed in integer format specifier");
  if (f.no_neg_0) return verr("Negative zero coercion (z) not allowed in integer format specifier");
  char sign_char = 0;
  std::string prefix, digits, rem;
  if (f.type == 'c') {
    if (f.sign) return verr("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) return verr("Alternate form (#) not allowed with integer format specifier 'c'");
    if (!v.fits_i64) return SR::fail(Err::OverflowError, "Python int too large to convert to C long");
    if (v.value < 0 || v.value > 0x10FFFF) return SR::fail(Err::OverflowError, "%c arg not in range(0x110000)");
    rem = utf8_encode(static_cast<uint32_t>(v.value));
  } else {
    int base = 10;
    switch (f.type) {
      case 'b': base = 2; break;
      case 'o': base = 8; break;
      case 'x': case 'X': base = 16; break;
      default: base = 10; break;
    }
    if (f.alternate && base != 10) prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    if (v.negative) sign_char = '-';
    auto d = v.digits(base);
    if (!d) return d;
    digits = std::move(d.value);
  }
  LocaleInfo loc = locale_info(f.type == 'n' ? LT_CURRENT_LOCALE : f.thousands);
  return SR::good(fill_number(f, sign_char, prefix, digits, false, rem, loc, f.type == 'X'));
}

}  // namespace

std::string int_to_base(int64_t v, int base) {
  uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  std::string s = v < 0 ? "-" : "";
  s += base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
  return s + to_base(mag, base);
}

Result<std::string> format_int_parts(const IntParts& v, std::string_view spec, const char* type_name) {
  if (spec.empty()) {
    auto d = v.digits(10);
    if (!d) return d;
    return SR::good(v.negative ? "-" + d.value : d.value);
  }
  Spec f;
  std::string e = parse_spec(spec, f, 'd', '>', type_name);
  if (!e.empty()) return verr(e);
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return format_long_internal(v, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      auto d = v.as_double();
      if (!d) return SR::fail(d.err, d.msg);
      return format_float_internal(d.value, f);
    }
    default:
      return unknown_type(f.type, type_name);
  }
}

Result<std::string> format_int(int64_t v, std::string_view spec, const char* type_name) {
  if (spec.empty()) return SR::good(std::to_string(v));
  IntParts p;
  p.negative = v < 0;
  p.value = v;
  uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  p.digits = [mag](int base) { return SR::good(to_base(mag, base)); };
  p.as_double = [v]() { return Result<double>::good(static_cast<double>(v)); };
  return format_int_parts(p, spec, type_name);
}

Result<std::string> format_float(double v, std::string_view spec, const char* type_name) {
  if (spec.empty()) return SR::good(float_repr(v));
  Spec f;
  std::string e = parse_spec(spec, f, 0, '>', type_name);
  if (!e.empty()) return verr(e);
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return format_float_internal(v, f);
    default:
      return unknown_type(f.type, type_name);
  }
}

Result<std::string> format_str(std::string_view s, std::string_view spec, const char* type_name) {
  if (spec.empty()) return SR::good(std::string(s));
  Spec f;
  std::string e = parse_spec(spec, f, 's', '<', type_name);
  if (!e.empty()) return verr(e);
  if (f.type != 's') return unknown_type(f.type, type_name);
  if (f.sign) {
    if (f.sign == ' ') return verr("Space not allowed in string format specifier");
    return verr("Sign not allowed in string format specifier");
  }
  if (f.no_neg_0) return verr("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) return verr("Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') return verr("'=' alignment not allowed in string format specifier");
  int64_t len = static_cast<int64_t>(utf8_length(s));
  std::string_view body = s;
  if (f.precision >= 0 && len >= f.precision) {
    len = f.precision;
    body = s.substr(0, cp_offset(s, static_cast<size_t>(len)));
  }
  int64_t total = (f.width >= 0 && f.width > len) ? f.width : len;
  int64_t lpad = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
  int64_t rpad = total - len - lpad;
  std::string fill = utf8_encode(f.fill);
  return SR::good(repeat(fill, lpad) + std::string(body) + repeat(fill, rpad));
}

Result<std::string> format_bool(bool b, std::string_view spec) {
  if (spec.empty()) return SR::good(b ? "True" : "False");
  return format_int(b ? 1 : 0, spec, "bool");
}

Result<std::string> format_none(std::string_view spec) {
  if (spec.empty()) return SR::good("None");
  return SR::fail(Err::TypeError, "unsupported format string passed to NoneType.__format__");
}

// ---- printf-style ----------------------------------------------------------------

namespace {

// Magnitude digits (no sign) of a decimal string in base 8 or 16.
std::string decimal_to_base(std::string_view dec, int base) {
  std::vector<uint32_t> limbs;  // little-endian base 2^32
  for (char ch : dec) {
    uint64_t carry = static_cast<uint64_t>(ch - '0');
    for (auto& l : limbs) {
      uint64_t v = static_cast<uint64_t>(l) * 10 + carry;
      l = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
    if (carry) limbs.push_back(static_cast<uint32_t>(carry));
  }
  int bits = base == 16 ? 4 : 3;
  size_t total = limbs.size() * 32;
  std::string out;
  for (size_t pos = 0; pos < total; pos += static_cast<size_t>(bits)) {
    unsigned d = 0;
    for (int b = 0; b < bits; ++b) {
      size_t bit = pos + static_cast<size_t>(b);
      if (bit < total && ((limbs[bit / 32] >> (bit % 32)) & 1)) d |= 1u << b;
    }
    out += "0123456789abcdef"[d];
  }
  while (out.size() > 1 && out.back() == '0') out.pop_back();
  if (out.empty()) out = "0";
  std::reverse(out.begin(), out.end());
  return out;
}

const char* pct_type_name(const PctArg& a) {
  switch (a.kind) {
    case PctArg::Int: return "int";
    case PctArg::BigInt: return "int";
    case PctArg::Bool: return "bool";
    case PctArg::Float: return "float";
    case PctArg::Str: return "str";
    case PctArg::None: return "NoneType";
    default: return a.type_name.c_str();
  }
}

std::string pct_str(const PctArg& a) {
  switch (a.kind) {
    case PctArg::Int: return std::to_string(a.i);
    case PctArg::Bool: return a.i ? "True" : "False";
    case PctArg::Float: return float_repr(a.f);
    case PctArg::Str: return a.s;
    case PctArg::None: return "None";
    default: return a.s;
  }
}

std::string pct_repr(const PctArg& a) {
  switch (a.kind) {
    case PctArg::Str: return str_repr(a.s);
    case PctArg::Other: return a.repr;
    default: return pct_str(a);
  }
}

std::string ascii_of(const std::string& s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    uint32_t c = decode_cp(s, i);
    char b[16];
    if (c < 0x80) out += static_cast<char>(c);
    else {
      if (c <= 0xFF) std::snprintf(b, sizeof b, "\\x%02x", c);
      else if (c <= 0xFFFF) std::snprintf(b, sizeof b, "\\u%04x", c);
      else std::snprintf(b, sizeof b, "\\U%08x", c);
      out += b;
    }
  }
  return out;
}

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

}  // namespace

Result<std::string> percent_format(std::string_view fmt, const std::vector<PctArg>& args) {
  std::vector<uint32_t> s = to_cps(fmt);
  std::string out;
  size_t argidx = 0;
  size_t pos = 0, n = s.size();
  auto type_err = [](std::string m) { return SR::fail(Err::TypeError, std::move(m)); };
  while (pos < n) {
    if (s[pos] != '%') { out += utf8_encode(s[pos++]); continue; }
    ++pos;  // past '%'
    if (pos >= n) return verr("incomplete format");
    if (s[pos] == '%') { out += '%'; ++pos; continue; }
    if (s[pos] == '(') return type_err("format requires a mapping");
    int flags = 0;
    int64_t width = -1, prec = -1;
    uint32_t ch = 0;
    // flags
    bool have = false;
    while (pos < n) {
      ch = s[pos++];
      have = true;
      if (ch == '-') { flags |= F_LJUST; have = false; continue; }
      if (ch == '+') { flags |= F_SIGN; have = false; continue; }
      if (ch == ' ') { flags |= F_BLANK; have = false; continue; }
      if (ch == '#') { flags |= F_ALT; have = false; continue; }
      if (ch == '0') { flags |= F_ZERO; have = false; continue; }
      break;
    }
    if (!have) return verr("incomplete format");
    auto next_char = [&]() -> bool {
      if (pos >= n) return false;
      ch = s[pos++];
      return true;
    };
    auto next_int_arg = [&](int64_t* out_v, const char* what) -> std::string {
      if (argidx >= args.size()) return "!not enough arguments for format string";
      const PctArg& a = args[argidx++];
      if (a.kind != PctArg::Int && a.kind != PctArg::Bool) return std::string("!") + what;
      *out_v = a.i;
      return {};
    };
    bool complete = true;
    if (ch == '*') {
      std::string e = next_int_arg(&width, "* wants int");
      if (!e.empty()) return type_err(e.substr(1));
      if (width < 0) { flags |= F_LJUST; width = -width; }
      complete = next_char();
    } else if (ch >= '0' && ch <= '9') {
      width = ch - '0';
      for (;;) {
        if (!next_char()) { complete = false; break; }
        if (ch < '0' || ch > '9') break;
        if (width > (INT64_MAX - 9) / 10) return verr("width too big");
        width = width * 10 + (ch - '0');
      }
    }
    if (complete && ch == '.') {
      prec = 0;
      complete = next_char();
      if (complete && ch == '*') {
        std::string e = next_int_arg(&prec, "* wants int");
        if (!e.empty()) return type_err(e.substr(1));
        if (prec < 0) prec = 0;
        complete = next_char();
      } else if (complete && ch >= '0' && ch <= '9') {
        prec = ch - '0';
        for (;;) {
          if (!next_char()) { complete = false; break; }
          if (ch < '0' || ch > '9') break;
          if (prec > (2147483647 - 9) / 10) return verr("precision too big");
          prec = prec * 10 + (ch - '0');
        }
      }
    }
    if (complete && (ch == 'h' || ch == 'l' || ch == 'L')) complete = next_char();
    if (!complete) return verr("incomplete format");

    if (argidx >= args.size()) return type_err("not enough arguments for format string");
    const PctArg& a = args[argidx++];
    std::string str;
    bool sign = false;
    switch (ch) {
      case 's': str = pct_str(a); break;
      case 'r': str = pct_repr(a); break;
      case 'a': str = ascii_of(pct_repr(a)); break;
      case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
        int64_t v = 0;
        std::string float_digits;  // int(x) of a float or a big int, exact at any size
        if (a.kind == PctArg::Int || a.kind == PctArg::Bool) v = a.i;
        else if (a.kind == PctArg::BigInt) {
          bool neg = !a.s.empty() && a.s[0] == '-';
          std::string_view mag(a.s);
          if (neg) mag.remove_prefix(1);
          float_digits = (ch == 'o' || ch == 'x' || ch == 'X') ? decimal_to_base(mag, ch == 'o' ? 8 : 16)
                                                               : std::string(mag);
          v = neg ? -1 : 1;
        }
        else if (a.kind == PctArg::Float && ch != 'o' && ch != 'x' && ch != 'X') {
          auto r = float_to_int(a.f);
          if (!r && r.err != Err::IntOverflow) return SR::fail(r.err, r.msg);
          if (r) v = r.value;
          else {
            char b[400];
            std::snprintf(b, sizeof b, "%.0f", std::fabs(std::trunc(a.f)));
            float_digits = b;
            v = a.f < 0 ? -1 : 1;
          }
        } else if (ch == 'o' || ch == 'x' || ch == 'X') {
          return type_err(std::string("%") + static_cast<char>(ch) + " format: an integer is required, not " +
                          pct_type_name(a));
        } else {
          return type_err(std::string("%") + static_cast<char>(ch) + " format: a real number is required, not " +
                          pct_type_name(a));
        }
        int base = (ch == 'o') ? 8 : (ch == 'x' || ch == 'X') ? 16 : 10;
        uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
        std::string digits = float_digits.empty() ? to_base(mag, base) : float_digits;
        if (prec > static_cast<int64_t>(digits.size()))
          digits.insert(0, static_cast<size_t>(prec - static_cast<int64_t>(digits.size())), '0');
        std::string body = v < 0 ? "-" : "";
        if ((flags & F_ALT) && base != 10) { body += '0'; body += static_cast<char>(ch == 'o' ? 'o' : 'x'); }
        body += digits;
        if (ch == 'X')
          for (char& c : body)
            if (c >= 'a' && c <= 'x') c = static_cast<char>(c - 'a' + 'A');
        str = body;
        sign = true;
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double x;
        if (a.kind == PctArg::Float) x = a.f;
        else if (a.kind == PctArg::BigInt) {
          x = std::strtod(a.s.c_str(), nullptr);  // correctly rounded, as int.__float__
          if (std::isinf(x)) return SR::fail(Err::OverflowError, "int too large to convert to float");
        }
        else if (a.kind == PctArg::Int || a.kind == PctArg::Bool) x = static_cast<double>(a.i);
        else return type_err(std::string("must be real number, not ") + pct_type_name(a));
        str = double_to_string(x, static_cast<char>(ch), static_cast<int>(prec < 0 ? 6 : prec), false, false,
                               (flags & F_ALT) != 0, false);
        sign = true;
        break;
      }
      case 'c': {
        uint32_t c;
        if (a.kind == PctArg::Str) {
          if (utf8_length(a.s) != 1) return type_err("%c requires int or char");
          size_t k = 0;
          c = decode_cp(a.s, k);
        } else if (a.kind == PctArg::BigInt) {
          return SR::fail(Err::OverflowError, "%c arg not in range(0x110000)");
        } else if (a.kind == PctArg::Int || a.kind == PctArg::Bool) {
          if (a.i < 0 || a.i > 0x10FFFF) return SR::fail(Err::OverflowError, "%c arg not in range(0x110000)");
          c = static_cast<uint32_t>(a.i);
        } else {
          return type_err("%c requires int or char");
        }
        str = utf8_encode(c);
        break;
      }
      default: {
        char b[128];
        std::snprintf(b, sizeof b, "unsupported format character '%c' (0x%x) at index %zu",
                      (ch >= 31 && ch <= 126) ? static_cast<char>(ch) : '?', ch, pos - 1);
        return verr(b);
      }
    }
    // unicode_format_arg_output
    if (ch == 's' || ch == 'r' || ch == 'a') {
      if (prec >= 0 && static_cast<int64_t>(utf8_length(str)) > prec)
        str.resize(cp_offset(str, static_cast<size_t>(prec)));
    }
    int64_t len = static_cast<int64_t>(utf8_length(str));
    size_t pindex = 0;
    char fill = (sign && (flags & F_ZERO)) ? '0' : ' ';
    char signchar = 0;
    if (sign) {
      char c0 = str.empty() ? 0 : str[0];
      if (c0 == '-' || c0 == '+' || c0 == ' ') { signchar = c0; --len; ++pindex; }
      else if (flags & F_SIGN) signchar = '+';
      else if (flags & F_BLANK) signchar = ' ';
      else sign = false;
    }
    if (width < len) width = len;
    if (sign) {
      if (fill != ' ') out += signchar;
      if (width > len) --width;
    }
    bool altpfx = (flags & F_ALT) && (ch == 'x' || ch == 'X' || ch == 'o');
    if (altpfx) {
      if (fill != ' ') { out += '0'; out += static_cast<char>(ch); }
      pindex += 2;
      width -= 2;
      if (width < 0) width = 0;
      len -= 2;
    }
    if (width > len && !(flags & F_LJUST)) {
      out.append(static_cast<size_t>(width - len), fill);
      width = len;
    }
    if (fill == ' ') {
      if (sign) out += signchar;
      if (altpfx) { out += '0'; out += static_cast<char>(ch); }
    }
    out.append(str, pindex, std::string::npos);
    if (width > len) out.append(static_cast<size_t>(width - len), ' ');
  }
  if (argidx < args.size()) return type_err("not all arguments converted during string formatting");
  return SR::good(std::move(out));
}

}  // namespace ts::py
