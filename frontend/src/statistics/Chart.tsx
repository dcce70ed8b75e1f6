// A bar chart of one dashboard table: periods along the axis, one series per group. ECharts is
// loaded with this module only (the page imports it lazily), and only the parts it needs.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface Series {
  name: string;
  values: (number | null)[];
  /** Series with the same stack are drawn on top of each other (default: all of them). */
  stack?: string;
}

export interface ChartProps {
  periods: string[];
  series: Series[];
  label: string;
}

export default function Chart({ periods, series, label }: ChartProps) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = element.current;
    if (node === null) return undefined;
    const chart = echarts.init(node);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { show: series.length > 1, top: 0 },
      grid: { left: 60, right: 20, top: series.length > 1 ? 36 : 16, bottom: 30 },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', name: label },
      series: series.map((s) => ({
        type: 'bar',
        name: s.name,
        data: s.values,
        stack: s.stack ?? 'total',
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [periods, series, label]);
  return (
    <div
      ref={element}
      className="statistics-chart"
      role="img"
      aria-label={label}
      data-chart-values={JSON.stringify(series.map((s) => s.values))}
    />
  );
}
