package dev.waibao.statistics.internal;

import java.util.Map;

/** Names of tables, columns and periods in exports, in Chinese and English. */
final class Labels {

  private Labels() {}

  private static final Map<String, String[]> TABLES =
      Map.of(
          "tenders", new String[] {"招投标", "Tenders"},
          "contracts", new String[] {"合同金额", "Contract value"},
          "vendors", new String[] {"企业与就业", "Vendors and employment"},
          "market", new String[] {"市场信息", "Market information"},
          "occupancy", new String[] {"园区入驻", "Park occupancy"},
          "subsidies", new String[] {"扶持资金", "Subsidies"});

  private static final Map<String, String[]> COLUMNS =
      Map.ofEntries(
          Map.entry("period", new String[] {"期间", "Period"}),
          Map.entry("group", new String[] {"分组代码", "Group code"}),
          Map.entry("groupName", new String[] {"分组", "Group"}),
          Map.entry("tenders", new String[] {"发布项目数", "Tenders published"}),
          Map.entry("closed", new String[] {"已截标项目数", "Tenders closed"}),
          Map.entry("bids", new String[] {"投标数", "Bids"}),
          Map.entry("bidsPerTender", new String[] {"每项目投标数", "Bids per closed tender"}),
          Map.entry("decided", new String[] {"已定标项目数", "Tenders decided"}),
          Map.entry("awarded", new String[] {"中标项目数", "Tenders awarded"}),
          Map.entry("awardRate", new String[] {"中标率", "Award rate"}),
          Map.entry("contracts", new String[] {"合同数", "Contracts"}),
          Map.entry("awardedValue", new String[] {"签约金额（元）", "Value awarded (CNY)"}),
          Map.entry("awardedOnshore", new String[] {"境内签约金额", "Awarded onshore"}),
          Map.entry("awardedOffshore", new String[] {"离岸签约金额", "Awarded offshore"}),
          Map.entry("executedValue", new String[] {"执行金额（元）", "Value executed (CNY)"}),
          Map.entry("executedOnshore", new String[] {"境内执行金额", "Executed onshore"}),
          Map.entry("executedOffshore", new String[] {"离岸执行金额", "Executed offshore"}),
          Map.entry("vendors", new String[] {"填报企业数", "Vendors filing"}),
          Map.entry("small", new String[] {"800人以下企业", "Firms under 800 staff"}),
          Map.entry("scale", new String[] {"规模企业（800–2999人）", "Scale firms (800–2,999)"}),
          Map.entry("large", new String[] {"大型骨干企业（3000人以上）", "Large firms (3,000+)"}),
          Map.entry("headcount", new String[] {"从业人员", "Employed"}),
          Map.entry("traineesPlaced", new String[] {"培训就业人数", "Trainees placed"}),
          Map.entry("revenue", new String[] {"服务外包收入（元）", "Outsourcing revenue (CNY)"}),
          Map.entry("offshoreRevenue", new String[] {"离岸收入（元）", "Offshore revenue (CNY)"}),
          Map.entry("budget", new String[] {"预算总额（元）", "Budget (CNY)"}),
          Map.entry("parks", new String[] {"园区数", "Parks"}),
          Map.entry("leasableArea", new String[] {"可租面积（㎡）", "Leasable area (m²)"}),
          Map.entry("leasedArea", new String[] {"已租面积（㎡）", "Leased area (m²)"}),
          Map.entry("areaRate", new String[] {"面积入驻率", "Area occupancy"}),
          Map.entry("seats", new String[] {"工位数", "Seats"}),
          Map.entry("leasedSeats", new String[] {"已租工位", "Seats leased"}),
          Map.entry("seatRate", new String[] {"工位入驻率", "Seat occupancy"}),
          Map.entry("contractValue", new String[] {"签约金额（元）", "Contract value (CNY)"}),
          Map.entry("policyType", new String[] {"政策类型代码", "Policy type code"}),
          Map.entry("policyTypeName", new String[] {"政策类型", "Policy type"}),
          Map.entry("fundingSource", new String[] {"资金来源代码", "Funding source code"}),
          Map.entry("fundingSourceName", new String[] {"资金来源", "Funding source"}),
          Map.entry("approvedAmount", new String[] {"批准金额（元）", "Approved (CNY)"}),
          Map.entry("paidAmount", new String[] {"拨付金额（元）", "Paid (CNY)"}));

  private static final Map<String, String[]> POLICY_TYPES =
      Map.of(
          "RENT", new String[] {"房租补贴", "Rent subsidy"},
          "CERTIFICATION", new String[] {"国际资质认证补贴", "Certification subsidy"},
          "TRAINING", new String[] {"培训及职业介绍补贴", "Training and placement subsidy"});

  private static final Map<String, String[]> FUNDING_SOURCES =
      Map.of(
          "PROVINCE", new String[] {"省级财政", "Province"},
          "CITY", new String[] {"市级财政", "City"},
          "PARK", new String[] {"园区", "Park"});

  static String table(String id, boolean english) {
    String[] names = TABLES.get(id);
    return names == null ? id : names[english ? 1 : 0];
  }

  static String column(String key, boolean english) {
    String[] names = COLUMNS.get(key);
    return names == null ? key : names[english ? 1 : 0];
  }

  static String policyType(String code, boolean english) {
    String[] names = POLICY_TYPES.get(code);
    return names == null ? code : names[english ? 1 : 0];
  }

  static String fundingSource(String code, boolean english) {
    String[] names = FUNDING_SOURCES.get(code);
    return names == null ? code : names[english ? 1 : 0];
  }

  static String period(String granularity, boolean english) {
    return switch (granularity) {
      case "MONTH" -> english ? "Monthly" : "按月";
      case "YEAR" -> english ? "Yearly" : "按年";
      default -> english ? "Quarterly" : "按季度";
    };
  }
}
