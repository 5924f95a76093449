import TableChartIcon from '@mui/icons-material/TableChart';
import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { type ReactNode, useId, useState } from 'react';

/** Keeps text for screen readers while taking no room on screen. */
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
import { useTranslate } from 'react-admin';

/** The figures of a chart as rows of text, for the table that replaces the drawing. */
export interface ChartTable {
  /** Column headings, already translated. */
  columns: string[];
  /** Cells, already formatted for the locale. */
  rows: string[][];
}

export interface ChartFigureProps {
  /** Translated sentence that describes the chart, read by screen readers. */
  description: string;
  height: number;
  table: ChartTable;
  children: ReactNode;
  testId?: string;
}

/**
 * Frames a chart for every reader: the drawing carries a description, and
 * a button swaps it for a table of the same figures, which keyboard and
 * screen-reader users can read cell by cell.
 */
export function ChartFigure({ description, height, table, children, testId }: ChartFigureProps) {
  const translate = useTranslate();
  const [asTable, setAsTable] = useState(false);
  const tableId = useId();
  return (
    <Box component="figure" sx={{ m: 0, position: 'relative' }} data-testid={testId}>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
        <Button
          size="small"
          startIcon={<TableChartIcon />}
          onClick={() => setAsTable((value) => !value)}
          aria-expanded={asTable}
          aria-controls={tableId}
        >
          {translate(asTable ? 'alg.charts.show_chart' : 'alg.charts.show_table')}
        </Button>
      </Box>
      {asTable ? (
        <Table size="small" id={tableId} aria-label={description}>
          <TableHead>
            <TableRow>
              {table.columns.map((column) => (
                <TableCell key={column}>{column}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {table.rows.map((row, index) => (
              <TableRow key={index}>
                {row.map((cell, column) => (
                  <TableCell key={column} align={column === 0 ? 'left' : 'right'}>
                    {cell}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Box role="img" aria-label={description} sx={{ width: '100%', height }}>
          {children}
        </Box>
      )}
      <Box component="figcaption" sx={visuallyHidden}>
        {description}
      </Box>
    </Box>
  );
}
